#pragma once

#include "audit/EvidencePack.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace symbolon::ui {

// What an evidence-pack export wrote (issue #17, item 5): the folder, the entries and
// checkpoints it holds, whether the journal verified at export, and how a reviewer checks it,
// with Open folder and Copy path. Every value is plain text.
class EvidenceExportedDialog : public QDialog {
    Q_OBJECT

public:
    EvidenceExportedDialog(const audit::EvidencePack::Summary& summary, QWidget* parent = nullptr);

    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace symbolon::ui
