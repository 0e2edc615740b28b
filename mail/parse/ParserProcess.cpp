// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/parse/ParserProcess.h"

#include "mail/mime/MailParser.h"
#include "mail/parse/ParsedMailJson.h"

#include <glib.h>
#include <libxml/xmlerror.h>

#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>

#if defined(__SANITIZE_ADDRESS__)
#define ECOUTE_MAIL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ECOUTE_MAIL_ASAN 1
#endif
#endif

namespace ecoute::mail {

namespace {

constexpr rlim_t kAddressSpace = rlim_t(512) * 1024 * 1024;
constexpr rlim_t kCpuSeconds = 20;

void dropLogMessage(const gchar *, GLogLevelFlags, const gchar *, gpointer) { }
GLogWriterOutput dropStructured(GLogLevelFlags, const GLogField *, gsize, gpointer)
{
    return G_LOG_WRITER_HANDLED;
}
void dropPrint(const gchar *) { }
void dropXml(void *, const char *, ...) { }

void writeLine(const QByteArray &line)
{
    QByteArray out = line;
    out.append('\n');
    const char *data = out.constData();
    qsizetype left = out.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        data += n;
        left -= n;
    }
}

ParseResult failure(ParseError error)
{
    ParseResult result;
    result.error = error;
    return result;
}

} // namespace

std::optional<ProcessOptions> parseProcessArguments(const QStringList &arguments)
{
    ProcessOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--max-bytes") && i + 1 < arguments.size()) {
            bool ok = false;
            options.maxBytes = arguments.at(++i).toLongLong(&ok);
            if (!ok || options.maxBytes <= 0)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    return options;
}

void applyResourceLimits()
{
#ifndef ECOUTE_MAIL_ASAN
    const rlimit memory {kAddressSpace, kAddressSpace};
    setrlimit(RLIMIT_AS, &memory);
#endif
    const rlimit cpu {kCpuSeconds, kCpuSeconds};
    setrlimit(RLIMIT_CPU, &cpu);
}

void silenceLibraryLogging()
{
    g_log_set_default_handler(dropLogMessage, nullptr);
    g_log_set_writer_func(dropStructured, nullptr, nullptr);
    g_set_print_handler(dropPrint);
    g_set_printerr_handler(dropPrint);
    xmlSetGenericErrorFunc(nullptr, dropXml);
}

StdinRead readInput(int fd, qint64 maxBytes)
{
    StdinRead read;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (read.data.size() + n > maxBytes) {
            read.tooLarge = true;
            read.data.clear();
            break;
        }
        read.data.append(buffer, n);
    }
    return read;
}

int runParserProcess(int argc, char **argv)
{
    applyResourceLimits();
    silenceLibraryLogging();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto options = parseProcessArguments(arguments);
    if (!options) {
        static const char usage[] = "usage: ecoute-mailparse [--max-bytes N] < message\n";
        [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, usage, sizeof usage - 1);
        return 2;
    }
    const StdinRead input = readInput(STDIN_FILENO, options->maxBytes);
    const ParseResult result = input.tooLarge ? failure(ParseError::TooLarge) : parseMail(input.data);
    writeLine(toJsonLine(result));
    return 0;
}

} // namespace ecoute::mail
