// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency rules docs/architecture.md states, checked on the source tree:
// which folder may include which, includes from the repository root, and no
// Qt Widgets below ui/.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kRoot = QStringLiteral(ECOUTE_SOURCE_DIR);

/// The folders a source folder may include, besides itself. A folder is the first
/// path component, or the first two under server/, models/ and ui/.
const QHash<QString, QSet<QString>> &allowed()
{
    static const QHash<QString, QSet<QString>> rules = [] {
        const QSet<QString> serverBase {QStringLiteral("protocol"), QStringLiteral("web")};
        auto server = [&](std::initializer_list<const char *> folders) {
            QSet<QString> set = serverBase;
            for (const char *f : folders)
                set.insert(QStringLiteral("server/") + QLatin1String(f));
            return set;
        };
        QHash<QString, QSet<QString>> r;
        r.insert(QStringLiteral("protocol"), {});
        // SIP media on libre, shared by the bridge and the workstation's softphone: no rules, no Qt.
        r.insert(QStringLiteral("telephony"), {});
        // The phone bridge (ecoute-voice) shares only the protocol with the server.
        r.insert(QStringLiteral("voice"), {QStringLiteral("protocol"), QStringLiteral("telephony")});
        // E-mail's MIME reading and writing (GMime, libxml2), run by the server and its parser process.
        r.insert(QStringLiteral("mail"), {QStringLiteral("protocol")});
        r.insert(QStringLiteral("server/core"), server({}));
        r.insert(QStringLiteral("server/storage"), server({"core"}));
        r.insert(QStringLiteral("server/transport"), server({"core"}));
        r.insert(QStringLiteral("server/accounts"), server({"core", "storage", "transport"}));
        r.insert(QStringLiteral("server/contacts"),
                 server({"core", "storage", "transport", "accounts", "routing"}));
        r.insert(QStringLiteral("server/routing"),
                 server({"core", "storage", "transport", "accounts", "contacts"}));
        r.insert(QStringLiteral("server/abuse"), server({"core", "transport", "contacts", "routing"}));
        const auto features = server({"core", "storage", "transport", "accounts", "contacts", "routing"});
        r.insert(QStringLiteral("server/supervision"), features);
        r.insert(QStringLiteral("server/practice"), features);
        r.insert(QStringLiteral("server/statistics"), features);
        r.insert(QStringLiteral("server/reports"), features);
        r.insert(QStringLiteral("server/directory"), features);
        // The endpoints: a staff workstation, and the channels help-seekers come by.
        const auto endpoints = server({"core", "storage", "transport", "accounts", "contacts", "routing",
                                       "abuse", "supervision", "practice", "statistics", "service"});
        r.insert(QStringLiteral("server/staff"), endpoints);
        r.insert(QStringLiteral("server/channels"), endpoints);
        r[QStringLiteral("server/channels")].insert(QStringLiteral("mail"));
        r.insert(QStringLiteral("server/cli"),
                 server({"core", "storage", "transport", "accounts", "statistics", "reports", "directory",
                         "service"}));
        QSet<QString> service =
            server({"core", "storage", "transport", "accounts", "contacts", "routing", "abuse", "supervision",
                    "practice", "statistics", "reports", "directory", "staff", "channels", "cli"});
        r.insert(QStringLiteral("server/service"), service);
        service.insert(QStringLiteral("server/service"));
        r.insert(QStringLiteral("server/main.cpp"), service);
        // The workstation: app -> ui -> models -> protocol; models/vault is the notes store.
        QSet<QString> models {QStringLiteral("protocol"), QStringLiteral("models/vault")};
        for (const char *f : {"connection", "inbox", "conversation", "supervision", "practice", "notes",
                              "phone", "mail", "report", "directory", "statistics", "workstation"})
            models.insert(QStringLiteral("models/") + QLatin1String(f));
        r.insert(QStringLiteral("models/vault"), {QStringLiteral("protocol")});
        for (const QString &m : models)
            if (m.startsWith(QLatin1String("models/")) && m != QLatin1String("models/vault"))
                r.insert(m, models);
        // The softphone engine plays its calls on the shared SIP media code.
        r[QStringLiteral("models/phone")].insert(QStringLiteral("telephony"));
        QSet<QString> ui = models;
        for (const char *f :
             {"accessibility", "connection", "inbox", "conversation", "supervision", "practice", "notes",
              "phone", "mail", "report", "directory", "statistics", "preferences", "style", "window"})
            ui.insert(QStringLiteral("ui/") + QLatin1String(f));
        for (const QString &u : ui)
            if (u.startsWith(QLatin1String("ui/")))
                r.insert(u, ui);
        ui.insert(QStringLiteral("resources"));
        r.insert(QStringLiteral("app"), ui);
        return r;
    }();
    return rules;
}

QString folderOf(const QString &path)
{
    const QStringList parts = path.split(u'/');
    if (parts.size() >= 3
        && (parts[0] == QLatin1String("server") || parts[0] == QLatin1String("models")
            || parts[0] == QLatin1String("ui")))
        return parts[0] + u'/' + parts[1];
    if (parts.size() == 2 && parts[0] == QLatin1String("server"))
        return path; // server/main.cpp
    return parts[0];
}

struct Include
{
    QString file;
    int line = 0;
    QString target;
};

QList<Include> includesUnder(const QString &top)
{
    static const QRegularExpression quoted(QStringLiteral(R"(^\s*#\s*include\s+"([^"]+)\")"));
    QList<Include> found;
    QDirIterator it(kRoot + u'/' + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString relative = path.mid(kRoot.size() + 1);
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const auto match = quoted.match(QString::fromUtf8(file.readLine()));
            if (match.hasMatch())
                found.append({relative, line, match.captured(1)});
        }
    }
    return found;
}

const QStringList kProductFolders {QStringLiteral("protocol"),  QStringLiteral("server"),
                                   QStringLiteral("telephony"), QStringLiteral("voice"),
                                   QStringLiteral("mail"),      QStringLiteral("models"),
                                   QStringLiteral("ui"),        QStringLiteral("app")};

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void includesAreFromTheRepositoryRoot()
    {
        QStringList bad;
        for (const QString &top : kProductFolders)
            for (const Include &inc : includesUnder(top)) {
                if (inc.target.endsWith(QLatin1String(".moc"))
                    || inc.target.startsWith(QLatin1String("moc_")))
                    continue;
                if (!QFile::exists(kRoot + u'/' + inc.target))
                    bad << QStringLiteral("%1:%2 \"%3\"").arg(inc.file).arg(inc.line).arg(inc.target);
            }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void foldersIncludeOnlyWhatTheyMayUse()
    {
        QStringList bad;
        for (const QString &top : kProductFolders)
            for (const Include &inc : includesUnder(top)) {
                const QString from = folderOf(inc.file);
                const QString to = folderOf(inc.target);
                if (from == to || !QFile::exists(kRoot + u'/' + inc.target))
                    continue;
                const auto rule = allowed().constFind(from);
                QVERIFY2(rule != allowed().cend(), qPrintable(QStringLiteral("no rule for %1").arg(from)));
                if (!rule->contains(to))
                    bad << QStringLiteral("%1:%2 includes %3 (%4 -> %5)")
                               .arg(inc.file)
                               .arg(inc.line)
                               .arg(inc.target, from, to);
            }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void noWidgetsBelowUi()
    {
        static const QRegularExpression widgets(
            QStringLiteral(
                R"(^\s*#\s*include\s+<(QtWidgets/|QWidget|QDialog|QMainWindow|QApplication|QLabel)\b)"),
            QRegularExpression::MultilineOption);
        QStringList bad;
        for (const QString &top :
             {QStringLiteral("protocol"), QStringLiteral("server"), QStringLiteral("telephony"),
              QStringLiteral("voice"), QStringLiteral("mail"), QStringLiteral("models")}) {
            QDirIterator it(kRoot + u'/' + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly)
                    && widgets.match(QString::fromUtf8(file.readAll())).hasMatch())
                    bad << file.fileName().mid(kRoot.size() + 1);
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
