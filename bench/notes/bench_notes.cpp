// SPDX-License-Identifier: GPL-3.0-or-later
// bench/run notes: the encrypted notes store against the same operations on an unkeyed
// SQLite database (same schema, same pragmas, same code), printed as ratios.
// Last line: "notes_overhead_ratio: X", the worst ratio among the figures that count.
#include "models/vault/KeyDerivation.h"
#include "models/vault/NotesStore.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace ecoute::notes;

namespace {

constexpr int noteCount = 10000;
constexpr int queryCount = 1000;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(index);
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

/// Synthetic French-looking words with a skewed frequency, so some searches match many notes.
class Corpus
{
public:
    explicit Corpus(quint32 seed) : m_random(seed)
    {
        static const char *syllables[] = {"ba",   "bé",  "ca", "ché", "do", "dé", "fa",  "gué", "la",
                                          "lé",   "ma",  "mé", "na",  "no", "pa", "pé",  "ra",  "ré",
                                          "sa",   "sé",  "ta", "té",  "va", "vé", "con", "mon", "tion",
                                          "ment", "eur", "ou", "oi",  "an", "in", "re",  "le",  "que"};
        constexpr int syllableCount = sizeof syllables / sizeof *syllables;
        QSet<QString> seen;
        while (m_words.size() < 4000) {
            QString word;
            const int length = m_random.bounded(2, 5);
            for (int i = 0; i < length; ++i)
                word += QString::fromUtf8(syllables[m_random.bounded(syllableCount)]);
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words << word;
            }
        }
    }

    QString word()
    {
        const double u = m_random.generateDouble();
        return m_words.at(static_cast<int>(u * u * u * m_words.size())); // common words are common
    }

    QString body()
    {
        QString text;
        while (text.size() < 600)
            text += word() + (m_random.bounded(12) == 0 ? QStringLiteral(". ") : QStringLiteral(" "));
        return text;
    }

    QString query()
    {
        const int kind = m_random.bounded(100);
        if (kind < 60)
            return word();
        if (kind < 85)
            return word() + QLatin1Char(' ') + word();
        return word().left(m_random.bounded(3, 5)); // a prefix being typed
    }

private:
    QRandomGenerator m_random;
    QStringList m_words;
};

struct Mode
{
    const char *name;
    std::function<Database(const QString &path)> open;
};

struct Figures
{
    double insertMs = 0;
    double searchP50 = 0;
    double searchP99 = 0;
    double openMs = 0;
    double integrityMs = 0;
    double integrityColdMs = 0;
    double autosaveP50 = 0;
};

void removeDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

/// The two modes being compared: index 0 encrypted, 1 unkeyed.
struct Side
{
    Mode mode;
    QString path;
    Figures figures;
};
using Sides = std::array<Side, 2>;

/// Measures both sides in turn, swapping which goes first on every call, so that warm-up
/// effects and the load of other work on the same cores fall on both alike.
template<typename Measure> void inBothOrders(int iteration, Measure &&measure)
{
    const int first = iteration % 2;
    measure(first);
    measure(1 - first);
}

double insertNotes(const Side &side, quint32 seed, int count = noteCount)
{
    removeDatabase(side.path);
    Corpus corpus(seed);
    NotesStore store(side.mode.open(side.path));
    QStringList bodies;
    for (int i = 0; i < count; ++i)
        bodies << corpus.body();
    QElapsedTimer timer;
    timer.start();
    store.database().exec("BEGIN");
    for (const QString &body : std::as_const(bodies))
        store.createPersonalNote(body);
    store.database().exec("COMMIT");
    return msSince(timer);
}

void measureInserts(Sides &sides)
{
    for (Side &side : sides) // warm-up, not counted: the first run in a process grows the heap
        insertNotes(side, 99, noteCount / 10);
    std::array<std::vector<double>, 2> times;
    for (int round = 0; round < 5; ++round)
        inBothOrders(round, [&](int s) { times[s].push_back(insertNotes(sides[s], 100 + round)); });
    for (int s : {0, 1})
        sides[s].figures.insertMs = median(times[s]);
}

void measureReads(Sides &sides)
{
    std::array<std::vector<double>, 2> searches, saves, opens, checks, coldChecks;
    {
        std::array<std::unique_ptr<NotesStore>, 2> stores;
        for (int s : {0, 1})
            stores[s] = std::make_unique<NotesStore>(sides[s].mode.open(sides[s].path));
        Corpus corpus(7);
        for (int i = 0; i < 50; ++i) { // warm the cache as a volunteer's session would
            const QString query = corpus.query();
            for (auto &store : stores)
                store->search(query);
        }
        std::array<int, 2> hits {};
        for (int i = 0; i < queryCount; ++i) {
            const QString query = corpus.query();
            inBothOrders(i, [&](int s) {
                QElapsedTimer timer;
                timer.start();
                hits[s] += static_cast<int>(stores[s]->search(query).size());
                searches[s].push_back(msSince(timer));
            });
        }
        if (hits[0] == 0 || hits[0] != hits[1])
            std::fprintf(stderr, "warning: searches matched %d and %d notes\n", hits[0], hits[1]);

        for (int i = 0; i < 50; ++i) {
            const QString body = corpus.body();
            inBothOrders(i, [&](int s) {
                QElapsedTimer timer;
                timer.start();
                stores[s]->saveBody(1 + i, body);
                saves[s].push_back(msSince(timer));
            });
        }
    }

    for (int i = 0; i < 201; ++i) {
        inBothOrders(i, [&](int s) {
            QElapsedTimer timer;
            timer.start();
            NotesStore store(sides[s].mode.open(sides[s].path));
            store.count();
            opens[s].push_back(msSince(timer));
        });
    }

    // What unlock runs: a new connection, so every page is read, decrypted and its HMAC checked.
    for (int i = 0; i < 5; ++i) {
        inBothOrders(i, [&](int s) {
            NotesStore store(sides[s].mode.open(sides[s].path));
            QElapsedTimer timer;
            timer.start();
            store.database().verifyIntegrity();
            coldChecks[s].push_back(msSince(timer));
        });
    }

    // The same check again on a connection whose page cache already holds every page.
    std::array<std::unique_ptr<NotesStore>, 2> stores;
    for (int s : {0, 1})
        stores[s] = std::make_unique<NotesStore>(sides[s].mode.open(sides[s].path));
    for (int i = 0; i < 11; ++i) {
        inBothOrders(i, [&](int s) {
            QElapsedTimer timer;
            timer.start();
            stores[s]->database().verifyIntegrity();
            checks[s].push_back(msSince(timer));
        });
    }

    for (int s : {0, 1}) {
        Figures &figures = sides[s].figures;
        figures.searchP50 = percentile(searches[s], 0.5);
        figures.searchP99 = percentile(searches[s], 0.99);
        figures.autosaveP50 = median(saves[s]);
        figures.openMs = median(opens[s]);
        figures.integrityMs = median(checks[s]);
        figures.integrityColdMs = median(coldChecks[s]);
    }
}

double timeDerivation(const KdfParameters &parameters, int repetitions)
{
    const SecretBytes passphrase = SecretBytes::copyOf("benchmark passphrase", 20);
    const QByteArray salt = KeyDerivation::randomSalt();
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const DerivedKeys keys = KeyDerivation::derive(passphrase, salt, parameters);
        times.push_back(msSince(timer));
    }
    return median(times);
}

void printRow(const char *label, double encrypted, double plain, const char *unit, bool counted)
{
    std::printf("%-34s %10.3f %s %10.3f %s %7.2f%s\n", label, encrypted, unit, plain, unit, encrypted / plain,
                counted ? "" : "  (not counted)");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ensureSodiumReady();
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    SecretBytes key(32);
    randombytes_buf(key.data(), key.size());
    const CipherFormat format = SqlCipherLibrary::preferredFormat();
    const Mode encrypted {"encrypted", [&](const QString &path) {
                              return Database::openEncrypted(path, key, format);
                          }};
    const Mode plain {"unkeyed", [](const QString &path) {
                          return Database::openUnencrypted(path);
                      }};
    Sides sides {Side {encrypted, dir.filePath(QStringLiteral("encrypted.db")), {}},
                 Side {plain, dir.filePath(QStringLiteral("plain.db")), {}}};

    std::printf("notes benchmark: %d notes of ~600 bytes, FTS4; SQLCipher %s, format %s, raw key\n",
                noteCount, qPrintable(SqlCipherLibrary::version()), qPrintable(cipherFormatName(format)));

    // Medians of runs that alternate between the two modes (see inBothOrders).
    measureInserts(sides);
    measureReads(sides);
    const Figures &e = sides[0].figures;
    const Figures &p = sides[1].figures;

    std::printf("%-34s %13s %13s %7s\n", "operation", "encrypted", "unkeyed", "ratio");
    printRow("insert 10,000 notes (1 commit)", e.insertMs, p.insertMs, "ms", true);
    printRow("full-text search p50", e.searchP50, p.searchP50, "ms", true);
    printRow("full-text search p99", e.searchP99, p.searchP99, "ms", true);
    printRow("open + first query (no KDF)", e.openMs, p.openMs, "ms", true);
    printRow("integrity check of every page", e.integrityMs, p.integrityMs, "ms", true);
    printRow("integrity check, new connection", e.integrityColdMs, p.integrityColdMs, "ms", false);
    printRow("autosave of one note (fsync) p50", e.autosaveP50, p.autosaveP50, "ms", false);

    const KdfParameters floor = KdfParameters::floor();
    std::printf("Argon2id at the floor (64 MiB, t=2): %.1f ms\n", timeDerivation(floor, 3));
    const KdfParameters calibrated = KdfCalibrator().calibrate();
    std::printf("Argon2id calibrated on this machine (%u MiB, t=%u): %.1f ms (paid once per unlock)\n",
                calibrated.memoryKiB / 1024, calibrated.iterations, timeDerivation(calibrated, 1));
    std::printf("search p99 at %d notes: %.3f ms (target < 10 ms)\n", noteCount, e.searchP99);

    const double worst =
        std::max({e.insertMs / p.insertMs, e.searchP50 / p.searchP50, e.searchP99 / p.searchP99,
                  e.openMs / p.openMs, e.integrityMs / p.integrityMs});
    std::printf("notes_overhead_ratio: %.2f\n", worst);
    return 0;
}
