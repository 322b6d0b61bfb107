#include "site/SiteSetupSitePage.h"

#include "site/SiteSetupWizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
// The FIPS declaration's keys in workspace.json and the site register (checkSpec names them).
constexpr const char* kFipsKeys[4] = {"manufacturer", "model", "serial", "certificate"};
const QString kProduction = QStringLiteral("production");
const QString kDevelopment = QStringLiteral("development");
} // namespace

SiteSetupSitePage::SiteSetupSitePage(SiteSetupWizard* wizard, const QString& dir)
    : SiteSetupPage(wizard, SiteSetupWizard::SitePage) {
    setObjectName(QStringLiteral("siteSetupSitePage"));
    setTitle(tr("The site"));
    setSubTitle(tr("A new site: a workspace on tokens that exist already (an HSM partition, a journal "
                   "token, the custodians' cards). Nothing changes until you press Create site on the "
                   "last page."));
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("siteSetupIntroduction"));
    m_intro->setTextFormat(Qt::PlainText); // it names a folder
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);

    auto* form = new QFormLayout();
    m_folder = new QLineEdit(dir, this);
    m_folder->setObjectName(QStringLiteral("siteSetupFolder"));
    m_folder->setToolTip(tr("The folder of the new workspace: a new or empty folder"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("siteSetupChooseFolder"));
    choose->setToolTip(tr("Choose the folder of the new workspace"));
    choose->setAutoDefault(false);
    auto* folderRow = new QHBoxLayout();
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    // A row that is a layout gets no buddy from addRow.
    auto* folderLabel = new QLabel(tr("&Workspace folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteSetupName"));
    m_name->setToolTip(tr("The site's name, as the console and the journal show it (for example North DCO)"));
    form->addRow(tr("Site n&ame:"), m_name);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("siteSetupProfile"));
    m_profile->setToolTip(tr("Production: an HSM with a FIPS 140-2 Level 3 declaration, registered modules "
                             "only, and a quorum of at least 2. Development: test tokens."));
    m_profile->addItem(tr("Development"), kDevelopment);
    m_profile->addItem(tr("Production"), kProduction);
    form->addRow(tr("&Profile:"), m_profile);

    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("siteSetupK"));
    m_k->setRange(1, 255);
    m_k->setValue(2);
    m_k->setMaximumWidth(m_k->fontMetrics().horizontalAdvance(QStringLiteral("0000")) * 3);
    m_k->setToolTip(tr("k: how many custodians' cards must be presented together to use the key token"));
    form->addRow(tr("Custodian cards a &quorum needs (k):"), m_k);
    layout->addLayout(form);
    // Under the form: QFormLayout gives a word-wrapped row lines of empty space.
    m_profileHint = new QLabel(this);
    m_profileHint->setObjectName(QStringLiteral("siteSetupProfileHint"));
    m_profileHint->setWordWrap(true);
    layout->addWidget(m_profileHint);
    layout->addSpacing(6);

    m_fips = new QGroupBox(tr("The key token's FIPS 140-2 Level 3 declaration"), this);
    m_fips->setObjectName(QStringLiteral("siteSetupFips"));
    auto* fipsForm = new QFormLayout(m_fips);
    const QString labels[4] = {tr("&Manufacturer:"), tr("Mo&del:"), tr("&Serial number:"),
                               tr("&Certificate number:")};
    const QString tips[4] = {tr("The HSM's manufacturer, as its FIPS 140-2 certificate names it"),
                             tr("The HSM's model"), tr("The HSM's serial number"),
                             tr("The HSM's FIPS 140-2 certificate number (Level 3)")};
    const char* names[4] = {"siteSetupFipsManufacturer", "siteSetupFipsModel", "siteSetupFipsSerial",
                            "siteSetupFipsCertificate"};
    for (int i = 0; i < 4; ++i) {
        m_fipsFields[i] = new QLineEdit(m_fips);
        m_fipsFields[i]->setObjectName(QString::fromLatin1(names[i]));
        m_fipsFields[i]->setToolTip(tips[i]);
        fipsForm->addRow(labels[i], m_fipsFields[i]);
        nameField(QStringLiteral("fips_declaration.%1").arg(QLatin1String(kFipsKeys[i])), m_fipsFields[i]);
    }
    layout->addWidget(m_fips);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    nameField(QStringLiteral("workspace"), m_folder);
    nameField(QStringLiteral("name"), m_name);
    nameField(QStringLiteral("profile"), m_profile);
    nameField(QStringLiteral("k"), m_k);

    connect(choose, &QPushButton::clicked, this, &SiteSetupSitePage::chooseFolder);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SiteSetupSitePage::updateProfile);
    updateProfile();
}

void SiteSetupSitePage::setIntroduction(const QString& text) {
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void SiteSetupSitePage::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("The folder of the new workspace"),
                                                          m_folder->text().trimmed());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void SiteSetupSitePage::updateProfile() {
    const bool production = m_profile->currentData().toString() == kProduction;
    m_fips->setVisible(production);
    m_profileHint->setText(
        production
            ? tr("Production: modules registered with p11-kit only, k of at least 2, and the HSM's FIPS "
                 "140-2 Level 3 declaration below.")
            : tr("Development: for test tokens (SoftHSM2, NSS softoken); a module may be named by "
                 "path where this machine allows development modules."));
}

void SiteSetupSitePage::fill(site::SiteSpec& spec) const {
    spec.dir = m_folder->text().trimmed();
    spec.name = m_name->text();
    spec.profile = m_profile->currentData().toString();
    spec.quorumK = m_k->value();
    spec.fipsDeclaration = {};
    if (spec.profile == kProduction)
        for (int i = 0; i < 4; ++i)
            spec.fipsDeclaration.insert(QLatin1String(kFipsKeys[i]), m_fipsFields[i]->text().trimmed());
}

void SiteSetupSitePage::load(const site::SiteSpec& spec) {
    m_folder->setText(spec.dir);
    m_name->setText(spec.name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(spec.profile)));
    m_k->setValue(spec.quorumK);
    for (int i = 0; i < 4; ++i)
        m_fipsFields[i]->setText(spec.fipsDeclaration.value(QLatin1String(kFipsKeys[i])).toString());
    updateProfile();
}

} // namespace symbolon::ui
