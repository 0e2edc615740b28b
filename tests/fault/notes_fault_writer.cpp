// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_notes_sigkill: unlocks the vault and "types" into notes through the
// real autosaver as fast as it can. After each acknowledged save (the store committed) it
// prints one line, then flushes stdout:
//   NEW <id>          a note was created
//   ACK <id> <seq>    the note's body with sequence number <seq> is saved
// The parent kills it with SIGKILL at a random moment.
#include "models/vault/NotesVault.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace ecoute::notes;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: %s <directory> <base-name> <seed> <first-seq>\n", argv[0]);
        return 2;
    }
    NotesVault vault(VaultFiles::inDirectory(args.at(1), args.at(2)));
    QString secret = QStringLiteral("fault test passphrase");
    if (!vault.unlock(SecretBytes::takeUtf8(secret)).ok()) {
        std::fprintf(stderr, "unlock failed\n");
        return 3;
    }
    QRandomGenerator random(args.at(3).toUInt());
    NotesStore *store = vault.store();
    QList<qint64> ids;
    for (const Note &note : store->notes())
        ids << note.id;
    QHash<qint64, qint64> submittedSeq;
    qint64 seq = args.at(4).toLongLong(); // grows across runs, so later saves always compare higher

    NoteAutosaver *autosaver = vault.autosaver();
    autosaver->setDebounceInterval(2);
    autosaver->setMaximumDelay(8);
    QObject::connect(autosaver, &NoteAutosaver::saved, [&](qint64 id, qint64) {
        std::printf("ACK %lld %lld\n", static_cast<long long>(id),
                    static_cast<long long>(submittedSeq.value(id)));
        std::fflush(stdout);
    });
    QObject::connect(autosaver, &NoteAutosaver::saveFailed, [](qint64, const QString &reason) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(reason));
        QCoreApplication::exit(4);
    });

    QTimer typing;
    typing.setInterval(1);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        if (ids.size() < 3 || random.bounded(40) == 0) {
            const qint64 id = store->createPersonalNote(QStringLiteral("note %1 seq 0").arg(ids.size()));
            ids << id;
            std::printf("NEW %lld\n", static_cast<long long>(id));
            std::fflush(stdout);
            return;
        }
        const qint64 id = ids.at(random.bounded(static_cast<int>(ids.size())));
        ++seq;
        submittedSeq.insert(id, seq);
        const QString filler = QStringLiteral("bla ").repeated(random.bounded(10, 600));
        autosaver->textChanged(id, QStringLiteral("note %1 seq %2 %3").arg(id).arg(seq).arg(filler));
    });
    typing.start();
    return app.exec();
}
