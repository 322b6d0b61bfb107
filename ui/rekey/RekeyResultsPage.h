#pragma once

#include "rekey/KeyExport.h"

#include <QWizardPage>

class QPushButton;
class QTextBrowser;

namespace symbolon::ui {

class RekeyWizard;

// Step 7: the run's record (approvals, counts, fallbacks), where its devices are and which
// failed, and the two hand-overs: the signed instruction batch for the DCO, and the packaged
// new keys for the DCO (AK, MK) or an S1SP (GUEK).
class RekeyResultsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RekeyResultsPage(RekeyWizard* wizard);
    void initializePage() override;
    int nextId() const override { return -1; } // the last page
    QString resultText() const;
    QPushButton* exportBatchButton() const { return m_exportBatch; }
    QPushButton* exportKeysButton() const { return m_exportKeys; }

    // Off the GUI thread; exported(message) or exportFailed(message).
    void exportBatch(const QString& path);
    void exportKeys(rekey::ExportRecipient recipient, const QString& path, const QString& s1sp);

Q_SIGNALS:
    void statusLoaded();
    void exported(const QString& message);
    void exportFailed(const QString& message);

private:
    void chooseBatchFile();
    void chooseKeysFile();
    void render();

    RekeyWizard* m_wizard;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_exportBatch = nullptr;
    QPushButton* m_exportKeys = nullptr;
    QString m_record;  // HTML
    QString m_status;  // HTML
    QStringList m_log; // exports done
};

} // namespace symbolon::ui
