// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conversation/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using ecoute::models::ChatMessage;
using ecoute::models::TranscriptModel;

namespace {
ChatMessage message(qint64 seq, const QString &from, const QString &text)
{
    ChatMessage m;
    m.seq = seq;
    m.from = from;
    m.text = text;
    m.at = QDateTime::currentDateTimeUtc();
    return m;
}

QList<qint64> seqs(const TranscriptModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(TranscriptModel::SeqRole).toLongLong());
    return result;
}
} // namespace

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private slots:
    void ordersBySeq()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.addMessage(message(2, "seeker", "two")));
        QVERIFY(model.addMessage(message(1, "seeker", "one")));
        QVERIFY(model.addMessage(message(3, "seeker", "three")));
        QCOMPARE(seqs(model), (QList<qint64> {1, 2, 3}));
        QCOMPARE(model.index(0).data(TranscriptModel::TextRole).toString(), QStringLiteral("one"));
        QCOMPARE(model.lastContiguousSeq(), 3);
    }

    void duplicateSeqIgnored()
    {
        TranscriptModel model;
        QVERIFY(model.addMessage(message(1, "seeker", "hello")));
        QVERIFY(!model.addMessage(message(1, "seeker", "hello")));
        QCOMPARE(model.rowCount(), 1);
    }

    void lastContiguousSeqStopsAtGap()
    {
        TranscriptModel model;
        model.addMessage(message(1, "seeker", "a"));
        model.addMessage(message(3, "seeker", "c"));
        QCOMPARE(model.lastContiguousSeq(), 1);
    }

    void pendingThenAcked()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addMessage(message(1, "seeker", "hi"));
        model.addPending("m-1", "reply", QDateTime::currentDateTimeUtc());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(TranscriptModel::PendingRole).toBool(), true);
        QCOMPARE(model.pendingCount(), 1);

        model.acknowledge("m-1", 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(TranscriptModel::PendingRole).toBool(), false);
        QCOMPARE(model.index(1).data(TranscriptModel::SeqRole).toLongLong(), 2);
        QCOMPARE(model.pendingCount(), 0);

        // The server's echo of our own message is not shown twice.
        QVERIFY(!model.addMessage(message(2, "volunteer", "reply")));
        QCOMPARE(model.rowCount(), 2);
    }

    void echoBeforeAckShownOnce()
    {
        TranscriptModel model;
        model.addPending("m-1", "reply", QDateTime::currentDateTimeUtc());
        QVERIFY(model.addMessage(message(1, "volunteer", "reply")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pendingCount(), 0);
        model.acknowledge("m-1", 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(TranscriptModel::ClientMsgIdRole).toString(), QStringLiteral("m-1"));
    }

    void seekerMessageArrivesBeforeAckOfPending()
    {
        TranscriptModel model;
        model.addPending("m-1", "mine", QDateTime::currentDateTimeUtc());
        model.addMessage(message(1, "seeker", "theirs"));
        // confirmed messages come first, pending ones after
        QCOMPARE(model.index(0).data(TranscriptModel::TextRole).toString(), QStringLiteral("theirs"));
        model.acknowledge("m-1", 2);
        QCOMPARE(seqs(model), (QList<qint64> {1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
