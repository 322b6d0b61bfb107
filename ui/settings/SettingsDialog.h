#pragma once

#include "settings/AppSettings.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace symbolon::ui {

// File ▸ Settings…: the PKCS#11 module, the key and journal token URIs, the syslog collector,
// the language and the default quorum timeout. Every field is checked as it is edited
// (AppSettings::check*); its message shows under it and OK stays disabled until all are valid.
// OK saves to AppSettings; Cancel changes nothing; Restore Defaults fills in the defaults.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    // With settings of the caller's (tests): they must outlive the dialog.
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Every field's problem, in tab order; empty when all are valid.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();
    void browseModule();

Q_SIGNALS:
    void saved();

private:
    void build();
    void load();
    void save();
    void validate();
    // A field with its error line below it, the label's buddy set and the row added.
    QLabel* addRow(QFormLayout* form, const QString& label, QWidget* field, QWidget* row = nullptr);

    std::unique_ptr<AppSettings> m_ownSettings;
    AppSettings& m_settings;

    QLineEdit* m_modulePath = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_keyTokenUri = nullptr;
    QLineEdit* m_journalTokenUri = nullptr;
    QLineEdit* m_syslogHost = nullptr;
    QLineEdit* m_tsaUrl = nullptr;
    QSpinBox* m_syslogPort = nullptr;
    QCheckBox* m_syslogRelp = nullptr;
    QCheckBox* m_syslogTls = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_quorumTimeout = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    // One error line per checked field, keyed by the field.
    QHash<QWidget*, QLabel*> m_errors;
};

} // namespace symbolon::ui
