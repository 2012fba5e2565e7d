#pragma once

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Sandbox {

// The part of Auth0's user search (v3, Lucene syntax) a console uses:
//   field:value  field:"exact value"  field:prefix*  field:*suffix (3+ chars)
//   field:[low TO high] / {low TO high}  _exists_:field  field:*
//   bare terms (searched in the profile fields, not metadata)
//   AND / OR / NOT (also && || !), +required and -prohibited clauses, parentheses.
// As in Lucene, clauses side by side are optional (at least one must match)
// unless marked required or prohibited; a query of prohibited clauses only
// matches everyone else, as Elasticsearch does.
// Fields are dotted paths into the user (app_metadata.plan, identities.connection),
// plus email.domain and organization_id. email, name, given_name, family_name
// and nickname compare case-insensitively, everything else exactly.
class UserQuery final
{
public:
    using MembershipCheck = std::function<bool(const QString &userId, const QString &organizationId)>;

    UserQuery();
    ~UserQuery();
    UserQuery(UserQuery &&) noexcept;
    UserQuery &operator=(UserQuery &&) noexcept;

    // An empty query matches every user. On a syntax error returns false and says why.
    bool parse(const QString &query, QString *error);
    bool matches(const QJsonObject &user, const MembershipCheck &isMember) const;

    // The values a field has in a user, as the search compares them.
    static QStringList fieldValues(const QJsonObject &user, const QString &field);
    static bool isCaseInsensitive(const QString &field);

private:
    struct Node
    {
        enum class Kind { All, Term, And, Not, Clauses };
        enum class Match { Exact, Wildcard, Range, Exists };
        Kind kind = Kind::All;
        Match match = Match::Exact;
        QString field; // empty: the default profile fields
        QString value;
        QRegularExpression pattern;
        QString low, high; // "*" is an open end
        bool lowInclusive = true, highInclusive = true;
        bool required = false; // marked with a leading '+'
        std::vector<std::unique_ptr<Node>> children; // And, Not; Clauses: the optional ones
        std::vector<std::unique_ptr<Node>> required_; // Clauses only
        std::vector<std::unique_ptr<Node>> prohibited; // Clauses only
    };
    using NodePtr = std::unique_ptr<Node>;

    // Recursive descent over m_text from m_pos; each sets m_error on failure.
    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseUnary();
    NodePtr parsePrimary();
    NodePtr parseTerm();
    bool parseRange(Node &node);
    bool readBare(QString *literal, QString *regex, bool *wildcard);
    bool takeKeyword(const QString &word);
    bool atKeyword() const;
    void skipSpace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    NodePtr fail(const QString &why);

    bool evaluate(const Node &node, const QJsonObject &user, const MembershipCheck &isMember) const;
    bool termMatches(const Node &node, const QJsonObject &user, const MembershipCheck &isMember) const;
    static bool valueMatches(const Node &node, const QString &value, bool caseInsensitive);

    NodePtr m_root;
    QString m_text;
    int m_pos = 0;
    QString m_error;
};

} // namespace Sandbox
