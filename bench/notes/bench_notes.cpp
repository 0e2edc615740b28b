// SPDX-License-Identifier: GPL-3.0-or-later
// bench/run notes: the encrypted notes store against the same operations on an unkeyed
// SQLite database (same schema, same pragmas, same code), printed as ratios.
// Last line: "notes_overhead_ratio: X", the worst ratio among the figures that count.
#include "models/notes/KeyDerivation.h"
#include "models/notes/NotesStore.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
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
    double autosaveP50 = 0;
};

void removeDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

double insertNotes(const Mode &mode, const QString &path, quint32 seed)
{
    removeDatabase(path);
    Corpus corpus(seed);
    NotesStore store(mode.open(path));
    QStringList bodies;
    for (int i = 0; i < noteCount; ++i)
        bodies << corpus.body();
    QElapsedTimer timer;
    timer.start();
    store.database().exec("BEGIN");
    for (const QString &body : std::as_const(bodies))
        store.createPersonalNote(body);
    store.database().exec("COMMIT");
    return msSince(timer);
}

void measureReads(const Mode &mode, const QString &path, Figures &figures)
{
    {
        NotesStore store(mode.open(path));
        Corpus corpus(7);
        std::vector<double> searches;
        int hits = 0;
        for (int i = 0; i < 50; ++i) // warm the cache as a volunteer's session would
            store.search(corpus.query());
        for (int i = 0; i < queryCount; ++i) {
            const QString query = corpus.query();
            QElapsedTimer timer;
            timer.start();
            hits += static_cast<int>(store.search(query).size());
            searches.push_back(msSince(timer));
        }
        figures.searchP50 = percentile(searches, 0.5);
        figures.searchP99 = percentile(searches, 0.99);
        if (hits == 0)
            std::fprintf(stderr, "warning: no search matched\n");

        std::vector<double> saves;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            store.saveBody(1 + i, corpus.body());
            saves.push_back(msSince(timer));
        }
        figures.autosaveP50 = median(saves);
    }

    std::vector<double> opens;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        NotesStore store(mode.open(path));
        store.count();
        opens.push_back(msSince(timer));
    }
    figures.openMs = median(opens);

    std::vector<double> checks;
    NotesStore store(mode.open(path));
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        store.database().verifyIntegrity();
        checks.push_back(msSince(timer));
    }
    figures.integrityMs = median(checks);
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
    const QString encryptedPath = dir.filePath(QStringLiteral("encrypted.db"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));

    std::printf("notes benchmark: %d notes of ~600 bytes, FTS4; SQLCipher %s, format %s, raw key\n",
                noteCount, qPrintable(SqlCipherLibrary::version()), qPrintable(cipherFormatName(format)));

    // Alternate the two modes so that background noise hits both alike; keep the median.
    std::vector<double> insertEncrypted, insertPlain;
    for (int round = 0; round < 3; ++round) {
        insertEncrypted.push_back(insertNotes(encrypted, encryptedPath, 100 + round));
        insertPlain.push_back(insertNotes(plain, plainPath, 100 + round));
    }
    Figures e, p;
    e.insertMs = median(insertEncrypted);
    p.insertMs = median(insertPlain);
    measureReads(encrypted, encryptedPath, e);
    measureReads(plain, plainPath, p);

    std::printf("%-34s %13s %13s %7s\n", "operation", "encrypted", "unkeyed", "ratio");
    printRow("insert 10,000 notes (1 commit)", e.insertMs, p.insertMs, "ms", true);
    printRow("full-text search p50", e.searchP50, p.searchP50, "ms", true);
    printRow("full-text search p99", e.searchP99, p.searchP99, "ms", true);
    printRow("open + first query (no KDF)", e.openMs, p.openMs, "ms", true);
    printRow("integrity check of every page", e.integrityMs, p.integrityMs, "ms", true);
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
