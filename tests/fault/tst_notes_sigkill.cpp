// SPDX-License-Identifier: GPL-3.0-or-later
// 100 SIGKILLs of a process that autosaves notes, at random moments. After each one the
// database must open (no false "damaged"), and every save the writer acknowledged must be
// there: the note exists and holds that text or a later one.
#include "models/vault/NotesVault.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ecoute::notes;

namespace {

SecretBytes passphrase()
{
    QString copy = QStringLiteral("fault test passphrase");
    return SecretBytes::takeUtf8(copy);
}

} // namespace

class TestNotesSigkill : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedSavesSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString baseName = QStringLiteral("fault");
        const VaultFiles files = VaultFiles::inDirectory(dir.path(), baseName);
        VaultOptions options;
        options.kdf = KdfParameters::floor();
        {
            NotesVault vault(files, options);
            QVERIFY(vault.setUp(passphrase()).ok());
        }

        const int runs = qEnvironmentVariableIntValue("ECOUTE_FAULT_RUNS") > 0
            ? qEnvironmentVariableIntValue("ECOUTE_FAULT_RUNS")
            : 100;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed); // to replay a failure
        QRandomGenerator random(seed);
        QSet<qint64> created;
        QHash<qint64, qint64> acknowledged; // note id -> highest acknowledged sequence
        int killsDuringSaves = 0;

        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(NOTES_FAULT_WRITER),
                         {dir.path(), baseName, QString::number(random.generate()),
                          QString::number(qint64(run) * 1000000)});
            QVERIFY2(writer.waitForStarted(), "writer did not start");

            // Kill after a random number of acknowledgements (0: possibly still unlocking),
            // then a random extra delay, so the kill lands anywhere in a save.
            const int ackTarget = random.bounded(0, 25);
            int acks = 0;
            QByteArray output;
            while (acks < ackTarget && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(50);
                const QByteArray chunk = writer.readAllStandardOutput();
                acks += chunk.count("ACK");
                output += chunk;
            }
            QThread::usleep(random.bounded(0, 3000));
            QCOMPARE(writer.state(), QProcess::Running); // it must not have stopped by itself
            writer.kill(); // SIGKILL
            writer.waitForFinished();
            output += writer.readAllStandardOutput(); // lines written before the kill count too
            if (acks > 0)
                ++killsDuringSaves;

            for (const QByteArray &line : output.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.value(0) == "NEW")
                    created.insert(parts.value(1).toLongLong());
                else if (parts.value(0) == "ACK") {
                    const qint64 id = parts.value(1).toLongLong();
                    acknowledged[id] = std::max(acknowledged.value(id), parts.value(2).toLongLong());
                }
            }

            NotesVault vault(files, options);
            const NotesVault::Result result = vault.unlock(passphrase());
            QVERIFY2(result.ok(),
                     qPrintable(QStringLiteral("run %1: the database did not open (outcome %2)")
                                    .arg(run)
                                    .arg(static_cast<int>(result.outcome))));
            static const QRegularExpression seqPattern(QStringLiteral("^note \\d+ seq (\\d+)"));
            for (qint64 id : std::as_const(created))
                QVERIFY2(vault.store()->note(id),
                         qPrintable(QStringLiteral("run %1: note %2 lost").arg(run).arg(id)));
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const auto note = vault.store()->note(it.key());
                QVERIFY(note);
                const qint64 stored = seqPattern.match(note->body).captured(1).toLongLong();
                QVERIFY2(stored >= it.value(),
                         qPrintable(QStringLiteral("run %1: note %2 holds seq %3, %4 was acknowledged")
                                        .arg(run)
                                        .arg(it.key())
                                        .arg(stored)
                                        .arg(it.value())));
            }
        }
        QVERIFY(!acknowledged.isEmpty());
        QVERIFY(killsDuringSaves > runs / 2); // most kills happened while saving
    }
};

QTEST_GUILESS_MAIN(TestNotesSigkill)
#include "tst_notes_sigkill.moc"
