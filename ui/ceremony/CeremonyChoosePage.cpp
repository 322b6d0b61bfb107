#include "ceremony/CeremonyChoosePage.h"

#include "ceremony/CeremonyHistory.h"

#include "ceremony/CeremonyWizard.h"
#include "ceremony/KekCeremonyFields.h"
#include "ceremony/KeyPackage.h"
#include "common/StatusColor.h"
#include "hsm/KeyLabels.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace symbolon::ui {

using ceremony::CeremonyKind;

namespace {
bool namesTransportKey(CeremonyKind k) {
    return k == CeremonyKind::TransportKey || k == CeremonyKind::ExportSharedKey ||
           k == CeremonyKind::ImportSharedKey || k == CeremonyKind::MigrationUnwrap;
}
bool isKekCeremony(CeremonyKind k) {
    return k == CeremonyKind::RolloverKek || k == CeremonyKind::DestroyKek;
}
} // namespace

CeremonyChoosePage::CeremonyChoosePage(CeremonyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("ceremonyChoosePage"));
    setTitle(tr("Choose the ceremony"));
    setSubTitle(tr("Every ceremony is a quorum action: k custodians approve it with their own cards."));
    auto* layout = new QVBoxLayout(this);
    m_kinds = new QButtonGroup(this);
    m_kinds->setObjectName(QStringLiteral("ceremonyKinds"));
    const std::pair<CeremonyKind, const char*> kinds[] = {
        {CeremonyKind::GenerateKeks, "ceremonyKindGenerateKeks"},
        {CeremonyKind::TransportKey, "ceremonyKindTransportKey"},
        {CeremonyKind::ExportSharedKey, "ceremonyKindExport"},
        {CeremonyKind::ImportSharedKey, "ceremonyKindImport"},
        {CeremonyKind::MigrationUnwrap, "ceremonyKindMigration"},
        {CeremonyKind::ReadinessCheck, "ceremonyKindReadiness"},
        {CeremonyKind::RolloverKek, "ceremonyKindRolloverKek"},
        {CeremonyKind::DestroyKek, "ceremonyKindDestroyKek"},
    };
    for (const auto& [kind, name] : kinds) {
        ceremony::CeremonyPlan p;
        p.kind = kind;
        // The KEK ceremonies' titles name the KEK, chosen below.
        const QString title = kind == CeremonyKind::RolloverKek  ? tr("Roll a KEK over to a new version")
                              : kind == CeremonyKind::DestroyKek ? tr("Destroy a retired KEK version")
                                                                 : p.title();
        auto* b = new QRadioButton(title, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(
            tr("Choose this ceremony; the next pages show exactly what it will do before anyone approves"));
        m_kinds->addButton(b, int(kind));
        layout->addWidget(b);
    }
    auto* form = m_form = new QFormLayout();
    m_transportKey = new QLineEdit(hsm::transportKeyLabelPrefix(), this);
    m_transportKey->setObjectName(QStringLiteral("transportKeyLabelEdit"));
    m_transportKey->setToolTip(tr("The label the Transport Key will have on the key token"));
    form->addRow(tr("&Transport Key label:"), m_transportKey);
    m_components = new QSpinBox(this);
    m_components->setObjectName(QStringLiteral("componentCountSpin"));
    m_components->setToolTip(tr("How many custodians each type one clear component (2 or 3)"));
    m_components->setRange(2, 3);
    form->addRow(tr("Clear &components:"), m_components);
    m_packageFile = new QLineEdit(this);
    m_packageFile->setObjectName(QStringLiteral("packageFileEdit"));
    m_packageFile->setPlaceholderText(tr("/path/to/shared-key-package.json"));
    form->addRow(tr("Key &package file:"), m_packageFile);
    m_publicKey = new QLineEdit(this);
    m_publicKey->setObjectName(QStringLiteral("publicKeyFileEdit"));
    m_publicKey->setPlaceholderText(tr("the signer's public key (PEM), received by another channel"));
    form->addRow(tr("Signer's public &key:"), m_publicKey);
    m_chunk = new QSpinBox(this);
    m_chunk->setObjectName(QStringLiteral("chunkSizeSpin"));
    m_chunk->setToolTip(tr("Devices unwrapped and committed together; an interrupted migration resumes after "
                           "the last committed chunk"));
    m_chunk->setRange(1, 10000);
    m_chunk->setValue(500);
    form->addRow(tr("Devices per &chunk:"), m_chunk);
    m_kek = new KekCeremonyFields(form, this);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("chooseError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // core's sentences are data, never markup
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this] { updateFields(); });
}

void CeremonyChoosePage::initializePage() {
    m_kinds->button(int(m_wizard->plan().kind))->setChecked(true);
    m_error->clear();
    m_kek->load(m_wizard->workspace());
    updateFields();
}

void CeremonyChoosePage::updateFields() {
    // Only the chosen ceremony's fields: with every field of eight ceremonies the page did not fit.
    const auto kind = CeremonyKind(m_kinds->checkedId());
    m_form->setRowVisible(m_transportKey, namesTransportKey(kind));
    m_form->setRowVisible(m_components, kind == CeremonyKind::TransportKey);
    m_form->setRowVisible(m_packageFile,
                          kind == CeremonyKind::ExportSharedKey || kind == CeremonyKind::ImportSharedKey);
    m_form->setRowVisible(m_publicKey, kind == CeremonyKind::ImportSharedKey);
    m_form->setRowVisible(m_chunk, kind == CeremonyKind::MigrationUnwrap);
    m_kek->setKind(kind);
}

bool CeremonyChoosePage::validatePage() {
    ceremony::CeremonyPlan& plan = m_wizard->plan();
    plan.kind = CeremonyKind(m_kinds->checkedId());
    plan.transportKeyLabel = m_transportKey->text().trimmed();
    plan.components = m_components->value();
    plan.packageFile = m_packageFile->text().trimmed();
    plan.chunkSize = m_chunk->value();
    auto refuse = [this](const QString& why) {
        m_error->setText(why);
        return false;
    };
    // What the journal already says cannot succeed is said here, before anyone is convened.
    if (auto s = ceremony::CeremonyHistory::checkBeforeQuorum(m_wizard->workspace().db(), plan); !s)
        return refuse(s.error().message);
    if (namesTransportKey(plan.kind) && plan.transportKeyLabel.isEmpty())
        return refuse(tr("Name the Transport Key."));
    // KEK rollover and destroy: core's refusals that need no token (KekRollover::precheck).
    if (isKekCeremony(plan.kind)) {
        if (auto s = m_kek->fill(m_wizard->workspace(), plan); !s)
            return refuse(tr("%1\nNo quorum was convened.").arg(s.error().message));
    }
    if (plan.kind == CeremonyKind::ExportSharedKey && plan.packageFile.isEmpty())
        return refuse(tr("Name the file the key package will be written to."));
    if (plan.kind == CeremonyKind::ImportSharedKey) {
        // Everything that needs no HSM (format, signature), before any card is asked for.
        QFile pf(m_publicKey->text().trimmed()), kf(plan.packageFile);
        if (!kf.open(QIODevice::ReadOnly))
            return refuse(tr("%1 cannot be read.").arg(plan.packageFile));
        if (!pf.open(QIODevice::ReadOnly))
            return refuse(tr("%1 cannot be read.").arg(pf.fileName()));
        auto spki = ceremony::spkiFromPem(pf.readAll());
        if (!spki)
            return refuse(spki.error().message);
        const QByteArray bytes = kf.readAll();
        auto parsed = ceremony::KeyPackage::parse(bytes);
        if (!parsed)
            return refuse(parsed.error().message);
        if (auto s = parsed->verifySignature(*spki); !s)
            return refuse(s.error().message);
        plan.packageKcv = parsed->keyKcv;
        plan.kekVersion = parsed->keyVersion; // a later Shared Key version (issue #20)
        m_wizard->importPackage() = bytes;
        m_wizard->importSignerSpki() = *spki;
    }
    m_error->clear();
    return true;
}

int CeremonyChoosePage::nextId() const {
    return CeremonyWizard::ReviewPage;
}

} // namespace symbolon::ui
