#pragma once

#include "common/SecureBytes.h"
#include "site/SiteCreation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace symbolon::ui {

class SecretLineEdit;
class SiteSetupWizard;

// "Add card…" / "Edit card…": one card's holder, role, token URI (in the cards' module; "List
// cards…" shows them) and PIN, typed by the card's holder. Checked with the other cards
// (site::checkSpec: holder, role, URI, PIN, the same card twice) before it is kept.
class SiteSetupCardDialog : public QDialog {
    Q_OBJECT

public:
    // `index`: the card edited, or -1 for a new one.
    SiteSetupCardDialog(SiteSetupWizard* wizard, qsizetype index, QWidget* parent = nullptr);
    ~SiteSetupCardDialog() override;
    void done(int result) override;

private:
    void save();
    void listCards();

    SiteSetupWizard* m_wizard;
    qsizetype m_index;
    QLineEdit* m_holder;
    QComboBox* m_role;
    QLineEdit* m_uri;
    SecretLineEdit* m_pin;
    QLabel* m_pinHeld;
    QLabel* m_error;
    SecureBytes m_heldPin; // the card's PIN as typed (or as kept, when editing)
};

} // namespace symbolon::ui
