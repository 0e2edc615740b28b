// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/html/HtmlText.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QByteArrayView>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

namespace ecoute::mail {

namespace {

enum class Kind { Inline, Skipped, Image, Paragraph, Line, Break, Cell, ListItem, Preformatted };

bool isNamed(const xmlNode *node, std::initializer_list<const char *> names)
{
    const QByteArrayView name(reinterpret_cast<const char *>(node->name));
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == n; });
}

Kind kindOf(const xmlNode *node)
{
    // Content never shown: code, styles, the head, and whatever would load something.
    if (isNamed(node,
                {"script", "style", "head", "title", "noscript", "iframe", "object", "applet", "frame",
                 "frameset", "template", "svg", "math", "audio", "video", "canvas", "map"}))
        return Kind::Skipped;
    if (isNamed(node, {"img", "picture", "source", "area", "input"}))
        return Kind::Image;
    if (isNamed(node,
                {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "hr"}))
        return Kind::Paragraph;
    if (isNamed(node, {"pre"}))
        return Kind::Preformatted;
    if (isNamed(node,
                {"div", "tr", "dt", "dd", "section", "article", "header", "footer", "address", "center",
                 "form", "fieldset", "caption", "figure", "figcaption", "main", "nav", "aside", "body"}))
        return Kind::Line;
    if (isNamed(node, {"li"}))
        return Kind::ListItem;
    if (isNamed(node, {"br"}))
        return Kind::Break;
    if (isNamed(node, {"td", "th"}))
        return Kind::Cell;
    return Kind::Inline;
}

/// Collects text with collapsed white space and at most one blank line between blocks.
class TextBuilder
{
public:
    void text(const QString &chunk, bool preformatted)
    {
        for (const QChar c : chunk) {
            if (preformatted && c == u'\n') {
                lineBreaks(1, true);
            } else if (c.isSpace() || c.category() == QChar::Other_Control) {
                m_space = true;
            } else {
                flush(preformatted);
                m_out.append(c);
            }
        }
    }
    void lineBreaks(int count, bool accumulate = false)
    {
        m_breaks = accumulate ? std::min(m_breaks + count, 2) : std::max(m_breaks, count);
        m_space = false;
    }
    void space() { m_space = true; }
    QString result() const { return m_out.trimmed(); }

private:
    void flush(bool preformatted)
    {
        if (m_out.isEmpty()) {
            m_breaks = 0;
            m_space = false;
            return;
        }
        if (m_breaks > 0) {
            m_out.append(QString(m_breaks, u'\n'));
        } else if (m_space && (preformatted || !m_out.endsWith(u'\n'))) {
            m_out.append(u' ');
        }
        m_breaks = 0;
        m_space = false;
    }

    QString m_out;
    int m_breaks = 0;
    bool m_space = false;
};

struct DocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

void silentError(void *, const char *, ...) { }

} // namespace

QString htmlToText(const QString &html)
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        // Errors would quote the document; options below already ask for none.
        xmlSetGenericErrorFunc(nullptr, silentError);
    });
    const QByteArray utf8 = html.toUtf8();
    if (utf8.isEmpty() || utf8.size() > std::numeric_limits<int>::max())
        return {};
    // NONET: nothing is ever fetched; IGNORE_ENC: the text is UTF-8 whatever a <meta> claims.
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_IGNORE_ENC;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!doc)
        return {};

    TextBuilder out;
    int preformatted = 0;
    auto enter = [&](xmlNode *node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content)
                out.text(QString::fromUtf8(reinterpret_cast<const char *>(node->content)), preformatted > 0);
            return false;
        }
        if (node->type != XML_ELEMENT_NODE)
            return false;
        switch (kindOf(node)) {
        case Kind::Skipped:
        case Kind::Image:
            return false;
        case Kind::Paragraph:
            out.lineBreaks(2);
            break;
        case Kind::Preformatted:
            out.lineBreaks(2);
            ++preformatted;
            break;
        case Kind::Line:
            out.lineBreaks(1);
            break;
        case Kind::ListItem:
            out.lineBreaks(1);
            out.text(QStringLiteral("- "), true);
            break;
        case Kind::Break:
            out.lineBreaks(1, true);
            break;
        case Kind::Cell:
            out.space();
            break;
        case Kind::Inline:
            break;
        }
        return true;
    };
    auto leave = [&](xmlNode *node) {
        if (node->type != XML_ELEMENT_NODE)
            return;
        switch (kindOf(node)) {
        case Kind::Paragraph:
            out.lineBreaks(2);
            break;
        case Kind::Preformatted:
            out.lineBreaks(2);
            --preformatted;
            break;
        case Kind::Line:
        case Kind::ListItem:
            out.lineBreaks(1);
            break;
        case Kind::Cell:
            out.space();
            break;
        default:
            break;
        }
    };

    // Iterative walk: a hostile document may nest deeper than any stack.
    xmlNode *top = reinterpret_cast<xmlNode *>(doc.get());
    xmlNode *node = top->children;
    while (node) {
        if (enter(node) && node->children) {
            node = node->children;
            continue;
        }
        leave(node);
        while (node && !node->next) {
            node = node->parent;
            if (!node || node == top) {
                node = nullptr;
                break;
            }
            leave(node);
        }
        if (node)
            node = node->next;
    }
    return out.result();
}

} // namespace ecoute::mail
