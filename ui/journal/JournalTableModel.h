#pragma once

#include "common/PagedTableModel.h"

#include "journal/JournalEntry.h"
#include "journal/JournalQuery.h"

namespace symbolon::ui {

class JournalReader;

// A journal row: the entry and what the table shows of its details (parsed once per page).
struct JournalRow {
    journal::JournalEntry entry;
    QString outcome;
    QString approvers;
};
using JournalPages = PagedTableModel<JournalRow, journal::JournalFilter>;

// The journal, newest first, as a paged table (PagedTableModel) over the JournalReader: its
// columns and its query (JournalQuery). A new filter counts again, then resets.
class JournalTableModel : public JournalPages {
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        RoleColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        ApproversColumn,
        ColumnCount
    };

    explicit JournalTableModel(JournalReader& reader, QObject* parent = nullptr);

    // The row's entry if its page is loaded, else nullptr. A gap (an entry missing from the
    // database) has a seq and no hash.
    const journal::JournalEntry* entryAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeOf(const QJsonObject& details);
    static QString approversOf(const QJsonObject& details);

protected:
    quint64 countQuery(const journal::JournalFilter& filter) override;
    quint64 pageQuery(const journal::JournalFilter& filter, qint64 offset, int limit) override;

private:
    JournalReader& m_reader;
};

} // namespace symbolon::ui
