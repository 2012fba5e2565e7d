#include "UserQuery.h"

namespace Sandbox {

namespace {
// Suffix matches (*abc) need this many literal characters, as on the service.
constexpr int kMinSuffixLiterals = 3;

bool isFieldChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

bool isTermEnd(QChar c)
{
    return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')');
}
} // namespace

UserQuery::UserQuery() = default;
UserQuery::~UserQuery() = default;
UserQuery::UserQuery(UserQuery &&) noexcept = default;
UserQuery &UserQuery::operator=(UserQuery &&) noexcept = default;

bool UserQuery::parse(const QString &query, QString *error)
{
    m_text = query;
    m_pos = 0;
    m_error.clear();
    m_root.reset();
    skipSpace();
    if (atEnd()) {
        m_root = std::make_unique<Node>();
        return true;
    }
    NodePtr root = parseOr();
    skipSpace();
    if (root && !atEnd())
        root = fail(QStringLiteral("Unexpected '%1' at position %2").arg(m_text.at(m_pos)).arg(m_pos));
    if (!root) {
        if (error)
            *error = m_error;
        return false;
    }
    m_root = std::move(root);
    return true;
}

UserQuery::NodePtr UserQuery::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return nullptr;
}

void UserQuery::skipSpace()
{
    while (!atEnd() && m_text.at(m_pos).isSpace())
        ++m_pos;
}

bool UserQuery::atKeyword() const
{
    for (const char *word : { "AND", "OR", "NOT" }) {
        const QLatin1String keyword(word);
        if (QStringView(m_text).mid(m_pos).startsWith(keyword)
            && (m_pos + keyword.size() >= m_text.size() || isTermEnd(m_text.at(m_pos + keyword.size()))))
            return true;
    }
    return false;
}

bool UserQuery::takeKeyword(const QString &word)
{
    skipSpace();
    if (!QStringView(m_text).mid(m_pos).startsWith(word))
        return false;
    const int after = m_pos + int(word.size());
    // Words must stand alone ("ANDROID" is a term); symbols need no space.
    if (word.at(0).isLetter() && after < m_text.size() && !isTermEnd(m_text.at(after)))
        return false;
    m_pos = after;
    return true;
}

UserQuery::NodePtr UserQuery::parseOr()
{
    // A run of clauses joined by OR or by nothing; each is optional, required or prohibited.
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Clauses;
    for (bool first = true;; first = false) {
        skipSpace();
        if (atEnd() || m_text.at(m_pos) == QLatin1Char(')'))
            break;
        if (!first && !takeKeyword(QStringLiteral("OR")))
            takeKeyword(QStringLiteral("||"));
        NodePtr clause = parseAnd();
        if (!clause)
            return nullptr;
        if (clause->kind == Node::Kind::Not)
            node->prohibited.push_back(std::move(clause->children.front()));
        else if (clause->required)
            node->required_.push_back(std::move(clause));
        else
            node->children.push_back(std::move(clause));
    }
    const size_t count = node->children.size() + node->required_.size() + node->prohibited.size();
    if (count == 0)
        return fail(QStringLiteral("Unexpected end of query"));
    if (count == 1 && node->children.size() == 1)
        return std::move(node->children.front());
    return node;
}

UserQuery::NodePtr UserQuery::parseAnd()
{
    NodePtr left = parseUnary();
    while (left && (takeKeyword(QStringLiteral("AND")) || takeKeyword(QStringLiteral("&&")))) {
        NodePtr right = parseUnary();
        if (!right)
            return nullptr;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::And;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        left = std::move(node);
    }
    return left;
}

UserQuery::NodePtr UserQuery::parseUnary()
{
    skipSpace();
    if (takeKeyword(QStringLiteral("NOT")) || takeKeyword(QStringLiteral("!")) || takeKeyword(QStringLiteral("-"))) {
        NodePtr child = parseUnary();
        if (!child)
            return nullptr;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Not;
        node->children.push_back(std::move(child));
        return node;
    }
    const bool required = takeKeyword(QStringLiteral("+"));
    NodePtr node = parsePrimary();
    if (node)
        node->required = required;
    return node;
}

UserQuery::NodePtr UserQuery::parsePrimary()
{
    skipSpace();
    if (atEnd())
        return fail(QStringLiteral("Unexpected end of query"));
    if (m_text.at(m_pos) == QLatin1Char('(')) {
        ++m_pos;
        NodePtr inner = parseOr();
        if (!inner)
            return nullptr;
        skipSpace();
        if (atEnd() || m_text.at(m_pos) != QLatin1Char(')'))
            return fail(QStringLiteral("Missing closing parenthesis"));
        ++m_pos;
        return inner;
    }
    if (m_text.at(m_pos) == QLatin1Char(')'))
        return fail(QStringLiteral("Unexpected ')' at position %1").arg(m_pos));
    if (atKeyword())
        return fail(QStringLiteral("Unexpected operator at position %1").arg(m_pos));
    return parseTerm();
}

UserQuery::NodePtr UserQuery::parseTerm()
{
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Term;

    int end = m_pos;
    while (end < m_text.size() && isFieldChar(m_text.at(end)))
        ++end;
    const bool fielded = end > m_pos && end < m_text.size() && m_text.at(end) == QLatin1Char(':');
    if (fielded) {
        node->field = m_text.mid(m_pos, end - m_pos);
        m_pos = end + 1;
    } else if (m_text.mid(m_pos, 3) == QLatin1String("*:*")) {
        m_pos += 3;
        node->kind = Node::Kind::All;
        return node;
    }
    if (atEnd() || m_text.at(m_pos).isSpace() || m_text.at(m_pos) == QLatin1Char(')'))
        return fail(QStringLiteral("Missing value for field %1").arg(node->field));

    const QChar first = m_text.at(m_pos);
    if (first == QLatin1Char('"')) {
        ++m_pos;
        QString value;
        for (; !atEnd() && m_text.at(m_pos) != QLatin1Char('"'); ++m_pos) {
            if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_text.size())
                ++m_pos;
            value.append(m_text.at(m_pos));
        }
        if (atEnd())
            return fail(QStringLiteral("Unterminated quoted value"));
        ++m_pos;
        node->value = value;
        node->match = Node::Match::Exact;
    } else if (first == QLatin1Char('[') || first == QLatin1Char('{')) {
        if (!parseRange(*node))
            return nullptr;
    } else if (first == QLatin1Char('(')) {
        return fail(QStringLiteral("Grouping values under one field is not supported"));
    } else {
        QString literal;
        QString regex;
        bool wildcard = false;
        if (!readBare(&literal, &regex, &wildcard))
            return nullptr;
        if (node->field == QLatin1String("_exists_")) {
            node->field = literal;
            node->match = Node::Match::Exists;
        } else if (literal.isEmpty() && regex == QLatin1String(".*")) {
            if (node->field.isEmpty()) {
                node->kind = Node::Kind::All;
                return node;
            }
            node->match = Node::Match::Exists;
        } else if (wildcard) {
            if (regex.startsWith(QLatin1Char('.')) && literal.size() < kMinSuffixLiterals)
                return fail(
                    QStringLiteral("Wildcard suffix queries need at least %1 characters").arg(kMinSuffixLiterals));
            node->match = Node::Match::Wildcard;
            const bool ci = node->field.isEmpty() || isCaseInsensitive(node->field);
            node->pattern = QRegularExpression(QRegularExpression::anchoredPattern(regex),
                                               ci ? QRegularExpression::CaseInsensitiveOption
                                                  : QRegularExpression::NoPatternOption);
        } else {
            node->match = Node::Match::Exact;
            node->value = literal;
        }
    }
    return node;
}

bool UserQuery::readBare(QString *literal, QString *regex, bool *wildcard)
{
    for (; !atEnd() && !isTermEnd(m_text.at(m_pos)); ++m_pos) {
        QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
            c = m_text.at(++m_pos);
        } else if (c == QLatin1Char('*') || c == QLatin1Char('?')) {
            *wildcard = true;
            regex->append(c == QLatin1Char('*') ? QStringLiteral(".*") : QStringLiteral("."));
            continue;
        } else if (c == QLatin1Char('"')) {
            m_error = QStringLiteral("Unexpected '\"' inside a term");
            return false;
        }
        literal->append(c);
        regex->append(QRegularExpression::escape(QString(c)));
    }
    return true;
}

bool UserQuery::parseRange(Node &node)
{
    node.lowInclusive = m_text.at(m_pos) == QLatin1Char('[');
    const int start = ++m_pos;
    while (!atEnd() && m_text.at(m_pos) != QLatin1Char(']') && m_text.at(m_pos) != QLatin1Char('}'))
        ++m_pos;
    if (atEnd()) {
        fail(QStringLiteral("Unterminated range"));
        return false;
    }
    node.highInclusive = m_text.at(m_pos) == QLatin1Char(']');
    const QStringList parts = m_text.mid(start, m_pos - start).simplified().split(QLatin1Char(' '));
    ++m_pos;
    if (parts.size() != 3 || parts.at(1) != QLatin1String("TO")) {
        fail(QStringLiteral("A range reads [low TO high]"));
        return false;
    }
    node.low = parts.at(0);
    node.high = parts.at(2);
    node.match = Node::Match::Range;
    return true;
}

} // namespace Sandbox
