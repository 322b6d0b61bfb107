#pragma once

class QAbstractItemView;

namespace symbolon::ui {

// Ctrl+C and the context menu's "Copy" copy the current cell's text (issue #17, item 8: KCVs,
// serials, hashes and device IDs are read off tables and typed elsewhere).
void addCopyCellAction(QAbstractItemView* view);

} // namespace symbolon::ui
