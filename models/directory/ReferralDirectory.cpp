// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/directory/ReferralDirectory.h"

#include "models/connection/ErrorText.h"
#include "models/directory/ReferralText.h"
#include "models/workstation/VocabularyText.h"

#include <QJsonArray>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;

std::optional<ReferralService> ReferralService::fromJson(const QJsonObject &object)
{
    ReferralService s;
    s.id = object.value(QLatin1String("id")).toString();
    s.name = object.value(QLatin1String("name")).toString();
    if (s.id.isEmpty() || s.name.isEmpty())
        return std::nullopt;
    s.helpsWith = object.value(QLatin1String("helpsWith")).toString();
    s.phone = object.value(QLatin1String("phone")).toString();
    s.web = object.value(QLatin1String("web")).toString();
    s.hours = object.value(QLatin1String("hours")).toString();
    for (const QJsonValue &language : object.value(QLatin1String("languages")).toArray()) {
        if (language.isString())
            s.languages.append(language.toString());
    }
    s.region = object.value(QLatin1String("region")).toString();
    s.example = object.value(QLatin1String("example")).toBool();
    return s;
}

QJsonObject ReferralService::toJson() const
{
    QJsonObject object {{QStringLiteral("name"), name},
                        {QStringLiteral("helpsWith"), helpsWith},
                        {QStringLiteral("phone"), phone},
                        {QStringLiteral("web"), web},
                        {QStringLiteral("hours"), hours},
                        {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
                        {QStringLiteral("region"), region},
                        {QStringLiteral("example"), example}};
    if (!id.isEmpty())
        object.insert(QStringLiteral("id"), id);
    return object;
}

ReferralDirectory::ReferralDirectory(Sender send, QObject *parent)
    : QAbstractListModel(parent), m_send(std::move(send))
{
}

int ReferralDirectory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant ReferralDirectory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const ReferralService &s = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return ReferralText::accessibleDescription(s);
    case IdRole:
        return s.id;
    case HelpsWithRole:
        return s.helpsWith;
    case PhoneRole:
        return s.phone;
    case WebRole:
        return s.web;
    case HoursRole:
        return s.hours;
    case LanguagesRole:
        return s.languages;
    case RegionRole:
        return s.region;
    case ExampleRole:
        return s.example;
    case SearchTextRole: {
        QStringList parts {s.name, s.helpsWith, s.region};
        for (const QString &code : s.languages)
            parts << code << VocabularyText::language(code);
        return folded(parts.join(u' '));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ReferralDirectory::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NameRole, "name"},
                  {HelpsWithRole, "helpsWith"},
                  {PhoneRole, "phone"},
                  {WebRole, "web"},
                  {HoursRole, "hours"},
                  {LanguagesRole, "languages"},
                  {RegionRole, "region"},
                  {ExampleRole, "example"},
                  {SearchTextRole, "searchText"}});
    return names;
}

bool ReferralDirectory::send(const Envelope &envelope, bool change)
{
    const QString id = m_send(envelope);
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return false;
    }
    (change ? m_changes : m_reads).insert(id);
    return true;
}

bool ReferralDirectory::request()
{
    if (!send(Envelope::make(MessageType::DirectoryGet), false))
        return false;
    if (!m_loading) {
        m_loading = true;
        emit changed();
    }
    return true;
}

bool ReferralDirectory::save(const ReferralService &service)
{
    if (service.name.trimmed().isEmpty())
        return false;
    return send(Envelope::make(MessageType::DirectorySave, {{QStringLiteral("service"), service.toJson()}}),
                true);
}

bool ReferralDirectory::remove(const QString &id)
{
    if (id.isEmpty())
        return false;
    return send(Envelope::make(MessageType::DirectoryRemove, {{QStringLiteral("id"), id}}), true);
}

bool ReferralDirectory::handle(const Envelope &e)
{
    if (e.messageType != MessageType::Directory)
        return false;
    const bool answersChange = m_changes.remove(e.re);
    m_reads.remove(e.re);
    QList<ReferralService> services;
    for (const QJsonValue &value : e.body.value(QLatin1String("services")).toArray()) {
        if (auto service = ReferralService::fromJson(value.toObject()))
            services.append(*service);
    }
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
    m_loaded = true;
    m_loading = !m_reads.isEmpty();
    emit changed();
    if (answersChange)
        emit changeAccepted();
    return true;
}

bool ReferralDirectory::handleError(const Envelope &e)
{
    const bool change = m_changes.remove(e.re);
    if (!change && !m_reads.remove(e.re))
        return false;
    const QString code = e.body.value(QLatin1String("code")).toString();
    const QString field = e.body.value(QLatin1String("field")).toString();
    const QLatin1String servicePrefix("body.service.");
    if (!change && m_loading) {
        m_loading = !m_reads.isEmpty();
        emit changed();
    }
    if (code == QLatin1String("wrong_type") && field.startsWith(servicePrefix)) {
        const QString key = field.mid(servicePrefix.size());
        emit invalidField(key);
        emit errorMessage(ReferralText::invalidField(key));
        return true;
    }
    if (change && code == QLatin1String("invalid_state")) {
        emit errorMessage(ReferralText::directoryFull());
        return true;
    }
    if (change && code == QLatin1String("not_found")) {
        emit errorMessage(ReferralText::invalidField(QStringLiteral("id")));
        return true;
    }
    emit errorMessage(ErrorText::forCodeName(code, e.body.value(QLatin1String("retryAfterMs")).toInt(-1)));
    return true;
}

std::optional<ReferralService> ReferralDirectory::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<ReferralService>(m_services.at(row));
}

int ReferralDirectory::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString ReferralDirectory::folded(const QString &text)
{
    // Decompose, then drop the combining marks: "Écoute" matches "ecoute".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace ecoute::models
