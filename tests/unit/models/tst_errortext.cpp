// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/ErrorText.h"

#include <QtTest>

using ecoute::models::ErrorText;
using ecoute::protocol::ErrorCode;

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasAText()
    {
        for (int i = int(ErrorCode::FrameTooLarge); i <= int(ErrorCode::Internal); ++i) {
            const auto code = ErrorCode(i);
            QVERIFY2(!ErrorText::forCode(code).isEmpty(), qPrintable(ecoute::protocol::errorCodeName(code)));
            QCOMPARE(ErrorText::forCodeName(ecoute::protocol::errorCodeName(code)), ErrorText::forCode(code));
        }
        QVERIFY(!ErrorText::forCodeName("not_a_code").isEmpty());
    }

    void friendlyTexts()
    {
        QCOMPARE(ErrorText::forCode(ErrorCode::BadCredentials),
                 QStringLiteral("Wrong user name or password."));
        QVERIFY(ErrorText::forCode(ErrorCode::RateLimited, 30'000).contains("30"));
        QVERIFY(!ErrorText::unreachable().isEmpty());
        QVERIFY(ErrorText::certificateChanged("host:1").contains("host:1"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
