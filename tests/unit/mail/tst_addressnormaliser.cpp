// SPDX-License-Identifier: GPL-3.0-or-later
// The writer's address as the one string the server hashes.
#include "mail/address/AddressNormaliser.h"

#include <QTest>

using ecoute::mail::normaliseAddress;

class TestAddressNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain") << QStringLiteral("a@example.org") << QStringLiteral("a@example.org");
        QTest::newRow("trimmed") << QStringLiteral("  a@example.org\t") << QStringLiteral("a@example.org");
        QTest::newRow("case") << QStringLiteral("Camille.B@Example.ORG")
                              << QStringLiteral("camille.b@example.org");
        QTest::newRow("display name")
            << QStringLiteral("\"Camille B\" <Camille@example.org>") << QStringLiteral("camille@example.org");
        QTest::newRow("name with angle")
            << QStringLiteral("a <b> <c@example.org>") << QStringLiteral("c@example.org");
        QTest::newRow("plus tag kept")
            << QStringLiteral("c+help@example.org") << QStringLiteral("c+help@example.org");
        QTest::newRow("idn") << QStringLiteral("x@Exämple.org") << QStringLiteral("x@xn--exmple-cua.org");
        QTest::newRow("ace stays") << QStringLiteral("x@xn--exmple-cua.org")
                                   << QStringLiteral("x@xn--exmple-cua.org");
        QTest::newRow("trailing dot") << QStringLiteral("x@example.org.") << QStringLiteral("x@example.org");
        QTest::newRow("utf8 local") << QStringLiteral("Jürgen@example.de")
                                    << QStringLiteral("jürgen@example.de");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no at") << QStringLiteral("example.org") << QString();
        QTest::newRow("no local") << QStringLiteral("@example.org") << QString();
        QTest::newRow("no domain") << QStringLiteral("a@") << QString();
        QTest::newRow("single label") << QStringLiteral("root@localhost") << QString();
        QTest::newRow("space") << QStringLiteral("a b@example.org") << QString();
        QTest::newRow("two at") << QStringLiteral("a@b@example.org") << QString();
        QTest::newRow("quoted") << QStringLiteral("\"a b\"@example.org") << QString();
        QTest::newRow("control") << QStringLiteral("a\n@example.org") << QString();
        QTest::newRow("bad domain") << QStringLiteral("a@exa_mple.org") << QString();
        QTest::newRow("domain literal") << QStringLiteral("a@[127.0.0.1]") << QString();
        QTest::newRow("unclosed") << QStringLiteral("Name <a@example.org") << QString();
        QTest::newRow("text after") << QStringLiteral("<a@example.org> extra") << QString();
        QTest::newRow("double dot") << QStringLiteral("a..b@example.org") << QString();
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        QCOMPARE(normaliseAddress(input), normalised);
    }
};

QTEST_GUILESS_MAIN(TestAddressNormaliser)
#include "tst_addressnormaliser.moc"
