#include "settings/SettingsDialog.h"

#include "common/PlainTextGuard.h"
#include "common/StatusColor.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace symbolon::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_ownSettings(std::make_unique<AppSettings>()), m_settings(*m_ownSettings) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    build();
}

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    build();
}

SettingsDialog::~SettingsDialog() = default;

QLabel* SettingsDialog::addRow(QFormLayout* form, const QString& label, QWidget* field, QWidget* row) {
    auto* cell = new QWidget(this);
    auto* v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(row ? row : field);
    auto* error = new QLabel(cell);
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->setStyleSheet(statusStyleSheet(StatusTone::Error));
    error->setAccessibleName(tr("Problem with %1").arg(QString(label).remove(QLatin1Char('&'))));
    error->hide();
    v->addWidget(error);
    m_errors.insert(field, error);
    auto* l = new QLabel(label, this);
    l->setBuddy(field);
    form->addRow(l, cell);
    return l;
}

void SettingsDialog::build() {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings — Symbolon"));
    auto* layout = new QVBoxLayout(this);

    // Hardware security module.
    auto* hsm = new QGroupBox(tr("Hardware security module"), this);
    hsm->setObjectName(QStringLiteral("settingsHsmGroup"));
    auto* hsmForm = new QFormLayout(hsm);
    hsmForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_modulePath = new QLineEdit(hsm);
    m_modulePath->setObjectName(QStringLiteral("settingsModulePath"));
    m_modulePath->setAccessibleName(tr("PKCS#11 module path"));
    m_modulePath->setPlaceholderText(AppSettings::defaultModulePath());
    m_modulePath->setProperty("symbolonData", true); // the placeholder is a path, not a text
    m_modulePath->setMinimumWidth(380);
    m_modulePath->setProperty("baseDescription",
                              tr("The module this machine loads for workspaces that keep their keys on an "
                                 "HSM; the default means: as the workspace says. A demo workspace always "
                                 "uses its own SoftHSM2 store. Applies from the next workspace opened."));
    m_browse = new QPushButton(tr("&Browse…"), hsm);
    m_browse->setObjectName(QStringLiteral("settingsModuleBrowse"));
    m_browse->setAccessibleName(tr("Browse for the PKCS#11 module"));
    auto* moduleRow = new QWidget(hsm);
    auto* h = new QHBoxLayout(moduleRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_modulePath, 1);
    h->addWidget(m_browse);
    addRow(hsmForm, tr("PKCS#11 &module:"), m_modulePath, moduleRow);

    m_keyTokenUri = new QLineEdit(hsm);
    m_keyTokenUri->setObjectName(QStringLiteral("settingsKeyTokenUri"));
    m_keyTokenUri->setAccessibleName(tr("Key token URI"));
    m_keyTokenUri->setProperty("baseDescription",
                               tr("An RFC 7512 PKCS#11 URI such as pkcs11:token=Symbolon%20HSM; empty uses "
                                  "the workspace's key token."));
    m_keyTokenUri->setPlaceholderText(tr("pkcs11:token=…  (empty: as the workspace says)"));
    addRow(hsmForm, tr("&Key token URI:"), m_keyTokenUri);

    m_journalTokenUri = new QLineEdit(hsm);
    m_journalTokenUri->setObjectName(QStringLiteral("settingsJournalTokenUri"));
    m_journalTokenUri->setAccessibleName(tr("Journal token URI"));
    m_journalTokenUri->setProperty("baseDescription", tr("An RFC 7512 PKCS#11 URI for the journal signing "
                                                         "token; empty uses the workspace's journal token."));
    m_journalTokenUri->setPlaceholderText(tr("pkcs11:serial=…  (empty: as the workspace says)"));
    addRow(hsmForm, tr("&Journal token URI:"), m_journalTokenUri);
    layout->addWidget(hsm);

    // Syslog collector.
    auto* syslog = new QGroupBox(tr("Syslog collector (SIEM)"), this);
    syslog->setObjectName(QStringLiteral("settingsSyslogGroup"));
    auto* syslogForm = new QFormLayout(syslog);
    syslogForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_syslogHost = new QLineEdit(syslog);
    m_syslogHost->setObjectName(QStringLiteral("settingsSyslogHost"));
    m_syslogHost->setAccessibleName(tr("Syslog collector host"));
    m_syslogHost->setPlaceholderText(tr("siem.example.net  (empty: no collector)"));
    addRow(syslogForm, tr("&Host:"), m_syslogHost);
    m_syslogPort = new QSpinBox(syslog);
    m_syslogPort->setObjectName(QStringLiteral("settingsSyslogPort"));
    m_syslogPort->setAccessibleName(tr("Syslog collector port"));
    m_syslogPort->setRange(1, 65535);
    m_syslogPort->setGroupSeparatorShown(false);
    m_syslogPort->setToolTip(tr("The collector's TCP port (RELP usually 2514)."));
    addRow(syslogForm, tr("&Port:"), m_syslogPort);
    m_syslogRelp = new QCheckBox(tr("&Reliable delivery (RELP)"), syslog);
    m_syslogRelp->setObjectName(QStringLiteral("settingsSyslogRelp"));
    m_syslogRelp->setAccessibleName(tr("Use RELP"));
    m_syslogRelp->setToolTip(tr("Acknowledged delivery: a message counts as sent only when the collector "
                                "confirms it."));
    m_syslogTls = new QCheckBox(tr("&TLS"), syslog);
    m_syslogTls->setObjectName(QStringLiteral("settingsSyslogTls"));
    m_syslogTls->setAccessibleName(tr("Use TLS"));
    m_syslogTls->setToolTip(tr("Encrypt the connection to the collector (needs RELP)."));
    auto* transport = new QWidget(syslog);
    auto* th = new QHBoxLayout(transport);
    th->setContentsMargins(0, 0, 0, 0);
    th->addWidget(m_syslogRelp);
    th->addWidget(m_syslogTls);
    th->addStretch(1);
    QLabel* transportLabel = addRow(syslogForm, tr("Transport:"), m_syslogTls, transport);
    transportLabel->setBuddy(m_syslogRelp);
    // The journal's other external anchor (issue #15): checkpoints timestamped by the site's TSA.
    m_tsaUrl = new QLineEdit(syslog);
    m_tsaUrl->setObjectName(QStringLiteral("settingsTsaUrl"));
    m_tsaUrl->setAccessibleName(tr("Time-stamping authority URL"));
    m_tsaUrl->setProperty(
        "baseDescription",
        tr("The site's RFC 3161 time-stamping authority: every checkpoint this machine signs "
           "is timestamped there, so that nobody can later make the journal look older than "
           "it is."));
    m_tsaUrl->setPlaceholderText(tr("http://tsa.example.net/  (empty: no timestamps)"));
    addRow(syslogForm, tr("Time&stamp authority:"), m_tsaUrl);
    layout->addWidget(syslog);

    // General.
    auto* general = new QGroupBox(tr("General"), this);
    general->setObjectName(QStringLiteral("settingsGeneralGroup"));
    auto* generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The console's language; it applies when Symbolon starts again."));
    m_language->setProperty("symbolonData", true); // language names are shown in their own language
    //: The language menu's first entry: follow the desktop's language.
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, as people look for it.
    m_language->addItem(QStringLiteral("English (UK)"), QStringLiteral("en_GB"));
    m_language->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    addRow(generalForm, tr("&Language:"), m_language);
    m_quorumTimeout = new QSpinBox(general);
    m_quorumTimeout->setObjectName(QStringLiteral("settingsQuorumTimeout"));
    m_quorumTimeout->setAccessibleName(tr("Default quorum timeout in minutes"));
    m_quorumTimeout->setToolTip(
        tr("How long custodians have to approve a quorum request (1 to 60 minutes)."));
    m_quorumTimeout->setRange(AppSettings::kMinQuorumTimeoutMinutes, AppSettings::kMaxQuorumTimeoutMinutes);
    m_quorumTimeout->setSuffix(tr(" min"));
    addRow(generalForm, tr("&Quorum timeout:"), m_quorumTimeout);
    auto* note = new QLabel(tr("A new language applies when Symbolon starts again. The quorum timeout "
                               "applies to quorum requests opened from now on."),
                            general);
    note->setObjectName(QStringLiteral("settingsNote"));
    note->setWordWrap(true);
    generalForm->addRow(note);
    layout->addWidget(general);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancel"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("settingsDefaults"));
    layout->addWidget(m_buttons);

    // Top to bottom, left to right, then the buttons (the box orders them itself).
    QWidget* order[] = {m_modulePath, m_browse,     m_keyTokenUri,  m_journalTokenUri,
                        m_syslogHost, m_syslogPort, m_syslogRelp,   m_syslogTls,
                        m_tsaUrl,     m_language,   m_quorumTimeout};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browseModule);
    for (QLineEdit* e : {m_modulePath, m_keyTokenUri, m_journalTokenUri, m_syslogHost, m_tsaUrl})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QSpinBox* s : {m_syslogPort, m_quorumTimeout})
        connect(s, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    for (QCheckBox* c : {m_syslogRelp, m_syslogTls})
        connect(c, &QCheckBox::toggled, this, &SettingsDialog::validate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);

    // One column for the fields of all three groups: labels as wide as the widest.
    int labelWidth = 0;
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (QLabel* l : labels)
        if (l->buddy())
            labelWidth = qMax(labelWidth, l->sizeHint().width());
    for (QLabel* l : labels)
        if (l->buddy())
            l->setMinimumWidth(labelWidth);
    // Numbers need no full-width field.
    for (QSpinBox* s : {m_syslogPort, m_quorumTimeout}) {
        s->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        s->setMinimumWidth(s->fontMetrics().horizontalAdvance(QStringLiteral("65535 min")) + 40);
    }

    load();
    m_modulePath->setFocus();
}

void SettingsDialog::load() {
    m_modulePath->setText(m_settings.modulePath());
    m_keyTokenUri->setText(m_settings.keyTokenUri());
    m_journalTokenUri->setText(m_settings.journalTokenUri());
    m_syslogHost->setText(m_settings.syslogHost());
    m_syslogPort->setValue(m_settings.syslogPort());
    m_syslogRelp->setChecked(m_settings.syslogRelp());
    m_syslogTls->setChecked(m_settings.syslogTls());
    m_tsaUrl->setText(m_settings.tsaUrl());
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_quorumTimeout->setValue(m_settings.quorumTimeoutMinutes());
    validate();
}

void SettingsDialog::restoreDefaults() {
    m_modulePath->setText(AppSettings::defaultModulePath());
    m_keyTokenUri->clear();
    m_journalTokenUri->clear();
    m_syslogHost->clear();
    m_syslogPort->setValue(AppSettings::kDefaultSyslogPort);
    m_syslogRelp->setChecked(true);
    m_syslogTls->setChecked(false);
    m_tsaUrl->clear();
    m_language->setCurrentIndex(0);
    m_quorumTimeout->setValue(AppSettings::kDefaultQuorumTimeoutMinutes);
    validate();
}

void SettingsDialog::browseModule() {
    const QString start = QFileInfo(m_modulePath->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("PKCS#11 module"), start,
                                                      tr("Shared libraries (*.so *.so.*);;All files (*)"));
    if (!file.isEmpty())
        m_modulePath->setText(file);
}

QStringList SettingsDialog::problems() const {
    QStringList all;
    for (QWidget* w : {static_cast<QWidget*>(m_modulePath), static_cast<QWidget*>(m_keyTokenUri),
                       static_cast<QWidget*>(m_journalTokenUri), static_cast<QWidget*>(m_syslogHost),
                       static_cast<QWidget*>(m_syslogPort), static_cast<QWidget*>(m_syslogTls),
                       static_cast<QWidget*>(m_tsaUrl), static_cast<QWidget*>(m_language),
                       static_cast<QWidget*>(m_quorumTimeout)})
        if (const QLabel* e = m_errors.value(w); e && !e->text().isEmpty())
            all << e->text();
    return all;
}

void SettingsDialog::validate() {
    const std::pair<QWidget*, QString> checks[] = {
        {m_modulePath, AppSettings::checkModulePath(m_modulePath->text())},
        {m_keyTokenUri, AppSettings::checkTokenUri(m_keyTokenUri->text())},
        {m_journalTokenUri, AppSettings::checkTokenUri(m_journalTokenUri->text())},
        {m_syslogHost, AppSettings::checkSyslogHost(m_syslogHost->text())},
        {m_syslogPort, AppSettings::checkSyslogPort(m_syslogPort->value())},
        {m_syslogTls, AppSettings::checkSyslogTransport(m_syslogRelp->isChecked(), m_syslogTls->isChecked())},
        {m_tsaUrl, AppSettings::checkTsaUrl(m_tsaUrl->text())},
        {m_language, AppSettings::checkLanguage(m_language->currentData().toString())},
        {m_quorumTimeout, AppSettings::checkQuorumTimeout(m_quorumTimeout->value())},
    };
    for (const auto& [field, message] : checks) {
        // A field with no base description keeps the tooltip it was built with.
        if (!field->property("baseDescription").isValid())
            field->setProperty("baseDescription", field->toolTip());
        QLabel* error = m_errors.value(field);
        error->setText(message);
        error->setVisible(!message.isEmpty());
        // A screen reader hears the problem with the field, not only in the line below it.
        const QString text = message.isEmpty() ? field->property("baseDescription").toString() : message;
        field->setAccessibleDescription(text);
        field->setToolTip(text);
    }
    // The transport row's problem is about RELP and TLS together.
    m_syslogRelp->setAccessibleDescription(m_syslogTls->accessibleDescription());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

void SettingsDialog::save() {
    m_settings.setModulePath(m_modulePath->text());
    m_settings.setKeyTokenUri(m_keyTokenUri->text());
    m_settings.setJournalTokenUri(m_journalTokenUri->text());
    m_settings.setSyslogHost(m_syslogHost->text());
    m_settings.setSyslogPort(m_syslogPort->value());
    m_settings.setSyslogRelp(m_syslogRelp->isChecked());
    m_settings.setSyslogTls(m_syslogTls->isChecked());
    m_settings.setTsaUrl(m_tsaUrl->text());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setQuorumTimeoutMinutes(m_quorumTimeout->value());
    m_settings.sync(); // the HSM choices apply from the next workspace opened (MachineSettings::load)
}

void SettingsDialog::accept() {
    validate();
    if (!isValid())
        return; // OK is disabled; Return in a field must not save either
    save();
    Q_EMIT saved();
    QDialog::accept();
}

} // namespace symbolon::ui
