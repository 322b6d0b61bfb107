#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace symbolon::inventory {

// Names that look alike are one name to a reader (issue #16): "Таmar S1SP" (Cyrillic Т and а)
// beside "Tamar S1SP" would be two S1SPs in a blast radius that a custodian reads as one. Each
// distinct S1SP, manufacturer and model name is checked once (Unicode TR 39, through ICU's spoof
// checker):
//   - one writing system: no name mixes scripts beyond TR 39's "highly restrictive" level (Latin
//     with Cyrillic or Greek is refused), nor digits of different scripts;
//   - at most kMaxMarks combining marks on one letter, none repeated (stacked accents hide text);
//   - no two different names of one column share a skeleton (TR 39 §4: what they look like),
//     whether both are in the file or one is already in the workspace.
class NameSafety {
public:
    static constexpr int kMaxMarks = 3;
    NameSafety();
    ~NameSafety();
    NameSafety(const NameSafety&) = delete;
    NameSafety& operator=(const NameSafety&) = delete;

    // Empty when the name is safe on its own; else what was expected of it ("text in one writing
    // system …"), for the parser's "expected …" sentence.
    QString problem(const QString& name) const;
    // TR 39's skeleton: equal for names that look alike.
    QString skeleton(const QString& name) const;

    // The names of one column: those in the workspace, then each new distinct one. Returns empty
    // when `name` is new and looks like no other, or is one already known; else the look-alike.
    struct LookAlike {
        QString other;
        int line = 0; // 0: already in the workspace
        bool found() const { return !other.isNull(); }
    };
    class Column {
    public:
        explicit Column(const NameSafety& safety) : m_safety(safety) {}
        void addExisting(const QString& name);
        LookAlike add(const QString& name, int line);

    private:
        const NameSafety& m_safety;
        QHash<QString, std::pair<QString, int>> m_bySkeleton; // skeleton -> (name, line)
    };

private:
    struct Checker;
    std::unique_ptr<Checker> m_checker;
};

} // namespace symbolon::inventory
