#pragma once

#include "journal/JournalEntry.h"
#include "workspace/SiteRegister.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace symbolon::ui {

// One journal entry in full: every field, the details as indented JSON, and each quorum
// approval's signature re-checked against the card key enrolled in the workspace's keyslots
// (quorum::ApprovalCheck: "verified", "INVALID", or "not checked" with the reason).
class JournalDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit JournalDetailPane(QVector<workspace::RegisteredCard> enrolled, QWidget* parent = nullptr);
    void showEntry(const journal::JournalEntry& e);
    void clear();

    static QByteArray prettyJson(const journal::JournalEntry& e);

private:
    void showFields(const journal::JournalEntry& e);
    QVector<workspace::RegisteredCard> m_enrolled;
    QLabel* m_title = nullptr;
    QTreeWidget* m_fields = nullptr;
    QPlainTextEdit* m_json = nullptr;
    QTreeWidget* m_approvals = nullptr;
};

} // namespace symbolon::ui
