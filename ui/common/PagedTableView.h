#pragma once

class QAbstractItemModel;
class QTableView;

namespace symbolon::ui {

// A table over a PagedTableModel, as the Devices and Key States views show theirs: whole rows, one
// at a time, sorted by a header (a new query), alternating colours, and fixed row heights with no
// content-based sizing: the view must never touch every row.
void setUpPagedTable(QTableView* table, QAbstractItemModel* model, int sortColumn);

} // namespace symbolon::ui
