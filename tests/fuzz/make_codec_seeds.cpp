// SPDX-License-Identifier: GPL-3.0-or-later
// Writes one valid frame per message type of the catalog (required fields only, and every field)
// into the directory given, as seeds for fuzz_codec. Run it again when the catalog changes:
//   build-fuzz/make_codec_seeds tests/fuzz/corpus/codec
#include "protocol/Codec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

using namespace ecoute::protocol;

namespace {

QJsonValue sample(const FieldSpec &field)
{
    switch (field.kind) {
    case FieldKind::String:
        return field.allowed.isEmpty() ? QStringLiteral("c-1") : field.allowed.constFirst();
    case FieldKind::Int:
        return 1;
    case FieldKind::Bool:
        return true;
    case FieldKind::Object:
        return QJsonObject {{QStringLiteral("id"), QStringLiteral("c-1")}};
    case FieldKind::Array:
        return QJsonArray {QStringLiteral("fr")};
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_codec_seeds DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    int written = 0;
    for (const MessageSpec &spec : MessageCatalog::instance().all()) {
        for (const bool everyField : {false, true}) {
            QJsonObject body;
            for (const FieldSpec &field : spec.fields) {
                if (field.required || everyField)
                    body.insert(field.name, sample(field));
            }
            Envelope envelope =
                Envelope::make(spec.type, body, everyField ? QStringLiteral("s-9") : QString());
            envelope.id = QStringLiteral("c-%1").arg(written + 1);
            QFile file(dir.filePath(QStringLiteral("%1%2.json").arg(spec.type, everyField ? "-full" : "")));
            if (!file.open(QIODevice::WriteOnly) || file.write(Codec::encode(envelope)) < 0)
                return 1;
            ++written;
        }
    }
    std::printf("%d seeds\n", written);
    return 0;
}
