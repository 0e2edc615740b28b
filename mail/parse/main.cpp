// SPDX-License-Identifier: GPL-3.0-or-later
// ecoute-mailparse: parses one hostile raw message from stdin into one JSON line on stdout.
#include "mail/parse/ParserProcess.h"

int main(int argc, char **argv)
{
    return ecoute::mail::runParserProcess(argc, argv);
}
