#include "site/SiteSetupTokensPage.h"

#include "hsm/Module.h"
#include "hsm/ModuleRegistry.h"
#include "site/SiteSetupTokenPicker.h"
#include "site/SiteSetupWizard.h"
#include "workspace/MachineSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

SiteSetupTokensPage::SiteSetupTokensPage(SiteSetupWizard* wizard)
    : SiteSetupPage(wizard, SiteSetupWizard::TokensPage) {
    setObjectName(QStringLiteral("siteSetupTokensPage"));
    setTitle(tr("The tokens"));
    setSubTitle(tr("Modules by their p11-kit name (p11-kit list-modules), tokens by RFC 7512 URI. Each of "
                   "the three may be behind a module of its own."));
    auto* layout = new QVBoxLayout(this);
    const QString argsTip =
        tr("The module's C_Initialize parameter string (p11-kit's x-init-reserved), if it "
           "needs one: NSS softoken's names its database (configdir='sql:DIR' …)");

    auto* cards = new QGroupBox(tr("The custodians' cards"), this);
    auto* cardsForm = new QFormLayout(cards);
    m_cardModule = moduleCombo("siteSetupCardModule", false);
    m_cardModule->setToolTip(tr("The PKCS#11 module of the custodians' smart cards (their middleware): a "
                                "p11-kit module name, or a path where this machine allows development "
                                "modules"));
    cardsForm->addRow(tr("&Module:"), m_cardModule);
    m_cardInitArgs = new QLineEdit(cards);
    m_cardInitArgs->setObjectName(QStringLiteral("siteSetupCardInitArgs"));
    m_cardInitArgs->setToolTip(argsTip);
    cardsForm->addRow(tr("&Parameters:"), m_cardInitArgs);
    layout->addWidget(cards);

    // The key token's and the journal token's fields, each with mnemonics of its own.
    struct Texts {
        QString title, module, args, entry, uri, list, what;
        const char* prefix;
    };
    const Texts texts[2] = {{tr("The key token (the HSM partition that will hold the KEKs)"), tr("M&odule:"),
                             tr("P&arameters:"), tr("&Entry point:"), tr("&Token URI:"), tr("&List tokens…"),
                             tr("the key token"), "siteSetupKey"},
                            {tr("The journal token (holds the journal signing key)"), tr("Mod&ule:"),
                             tr("Pa&rameters:"), tr("Entry po&int:"), tr("To&ken URI:"), tr("Li&st tokens…"),
                             tr("the journal token"), "siteSetupJournal"}};
    for (int i = 0; i < 2; ++i) {
        Role& role = i == 0 ? m_key : m_journal;
        const Texts& t = texts[i];
        const QByteArray prefix(t.prefix);
        auto* group = new QGroupBox(t.title, this);
        auto* form = new QFormLayout(group);
        role.module = moduleCombo((prefix + "Module").constData(), true);
        role.module->setToolTip(
            tr("Its PKCS#11 module when it is not the cards' (a p11-kit module name, or a "
               "path where this machine allows development modules); empty: the cards'"));
        form->addRow(t.module, role.module);
        role.initArgs = new QLineEdit(group);
        role.initArgs->setObjectName(QString::fromLatin1(prefix + "InitArgs"));
        role.initArgs->setToolTip(argsTip);
        form->addRow(t.args, role.initArgs);
        role.entryPoint = entryPointCombo((prefix + "EntryPoint").constData());
        form->addRow(t.entry, role.entryPoint);
        role.uri = new QLineEdit(group);
        role.uri->setObjectName(QString::fromLatin1(prefix + "Uri"));
        role.uri->setPlaceholderText(tr("pkcs11:token=…"));
        role.uri->setToolTip(tr("The RFC 7512 URI that selects exactly one token in the module "
                                "(pkcs11:token=LABEL, or with serial=…)"));
        role.list = new QPushButton(t.list, group);
        role.list->setObjectName(QString::fromLatin1(prefix + "ListTokens"));
        role.list->setToolTip(tr("Lists the module's tokens to choose the URI from"));
        role.list->setAutoDefault(false);
        auto* uriRow = new QHBoxLayout();
        uriRow->addWidget(role.uri, 1);
        uriRow->addWidget(role.list);
        auto* uriLabel = new QLabel(t.uri, group); // a layout row gets no buddy from addRow
        uriLabel->setBuddy(role.uri);
        form->addRow(uriLabel, uriRow);
        layout->addWidget(group);
        const QString what = t.what;
        connect(role.list, &QPushButton::clicked, this, [this, &role, what] { listTokens(role, what); });
    }

    m_machine = new QLabel(this);
    m_machine->setObjectName(QStringLiteral("siteSetupMachineModules"));
    m_machine->setWordWrap(true);
    layout->addWidget(m_machine);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    nameField(QStringLiteral("card module"), m_cardModule);
    nameField(QStringLiteral("key token URI"), m_key.uri);
    nameField(QStringLiteral("journal token URI"), m_journal.uri);
    nameField(QStringLiteral("key token module"), m_key.module);
    nameField(QStringLiteral("journal token module"), m_journal.module);
}

QComboBox* SiteSetupTokensPage::moduleCombo(const char* objectName, bool cardsModuleWhenEmpty) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    if (cardsModuleWhenEmpty)
        combo->addItem(QString());
    // This machine's registrations (read from p11-kit's configuration files; nothing is loaded).
    for (const hsm::ModuleRegistry::Entry& e : hsm::ModuleRegistry::entries()) {
        combo->addItem(e.name);
        combo->setItemData(combo->count() - 1, e.library, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(cardsModuleWhenEmpty ? 0 : -1);
    combo->setEditText(QString());
    combo->lineEdit()->setPlaceholderText(cardsModuleWhenEmpty ? tr("the cards' module")
                                                               : tr("a p11-kit module name, or a path"));
    return combo;
}

QComboBox* SiteSetupTokensPage::entryPointCombo(const char* objectName) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setToolTip(tr("The module's entry point: the standard's, or NSS softoken's FIPS 140-2 mode "
                         "(FC_GetFunctionList)"));
    const QStringList entries = hsm::Module::entryPoints();
    for (qsizetype i = 0; i < entries.size(); ++i)
        combo->addItem(i == 0 ? tr("%1 (the standard)").arg(entries[i])
                              : tr("%1 (NSS softoken in FIPS mode)").arg(entries[i]),
                       i == 0 ? QString() : entries[i]);
    return combo;
}

void SiteSetupTokensPage::initializePage() {
    const bool development = workspace::MachineSettings::load().developmentModules;
    m_machine->setText(development
                           ? tr("This machine allows development modules: a module may be named by path "
                                "(never under the production profile).")
                           : tr("This machine allows only modules registered with p11-kit (Settings: "
                                "development modules are off)."));
}

workspace::RoleModule SiteSetupTokensPage::roleModule(const Role& role) const {
    workspace::RoleModule m;
    m.module = role.module->currentText().trimmed();
    m.initArgs = role.initArgs->text().trimmed();
    m.functionList = role.entryPoint->currentData().toString();
    m.tokenUri = role.uri->text().trimmed();
    return m;
}

void SiteSetupTokensPage::listTokens(Role& role, const QString& what) {
    workspace::RoleModule module = roleModule(role);
    if (module.module.isEmpty()) { // the cards' module serves it
        module.module = m_cardModule->currentText().trimmed();
        module.initArgs = m_cardInitArgs->text().trimmed();
        module.functionList.clear();
    }
    if (module.module.isEmpty()) {
        refuse(tr("card module: name the cards' PKCS#11 module first (or this token's own module)."));
        return;
    }
    clearRefusal();
    auto* picker = new SiteSetupTokenPicker(module, what, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    QLineEdit* uri = role.uri;
    connect(picker, &QDialog::accepted, this, [picker, uri] {
        uri->setText(picker->chosenUri());
        uri->setFocus();
    });
    picker->open();
}

void SiteSetupTokensPage::fill(site::SiteSpec& spec) const {
    spec.cardModule = m_cardModule->currentText().trimmed();
    spec.cardModuleInitArgs = m_cardInitArgs->text().trimmed();
    spec.keyToken = roleModule(m_key);
    spec.journalToken = roleModule(m_journal);
}

void SiteSetupTokensPage::load(const site::SiteSpec& spec) {
    m_cardModule->setEditText(spec.cardModule);
    m_cardInitArgs->setText(spec.cardModuleInitArgs);
    for (auto [role, module] :
         {std::pair{&m_key, &spec.keyToken}, std::pair{&m_journal, &spec.journalToken}}) {
        role->module->setEditText(module->module);
        role->initArgs->setText(module->initArgs);
        role->entryPoint->setCurrentIndex(std::max(0, role->entryPoint->findData(module->functionList)));
        role->uri->setText(module->tokenUri);
    }
}

} // namespace symbolon::ui
