#include "ceremony/KekCeremonyFields.h"

#include "ceremony/KekRollover.h"
#include "common/KekText.h"
#include "policy/PmaInstruction.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace symbolon::ui {

using ceremony::CeremonyKind;

KekCeremonyFields::KekCeremonyFields(QFormLayout* form, QWidget* page) : QObject(page), m_form(form) {
    m_kek = new QComboBox(page);
    m_kek->setObjectName(QStringLiteral("kekCombo"));
    m_kek->setAccessibleName(tr("KEK"));
    m_kek->setToolTip(tr("The key-encrypting key whose version the ceremony concerns"));
    for (keys::Kek k : {keys::Kek::Dco, keys::Kek::Shared})
        m_kek->addItem(kekText(k), keys::kekOption(k));
    form->addRow(tr("K&EK:"), m_kek);
    m_ground = new QComboBox(page);
    m_ground->setObjectName(QStringLiteral("kekPmaGroundCombo"));
    m_ground->setAccessibleName(tr("PMA instruction ground"));
    m_ground->setToolTip(tr("The ground of the SMKI PMA's instruction to replace the KEK (CKMP (b)(iii))"));
    m_ground->addItem(tr("Choose the ground of the PMA's instruction"), QString());
    for (policy::PmaGround g : {policy::PmaGround::MajorIncident, policy::PmaGround::ControlShortfall})
        m_ground->addItem(policy::pmaGroundName(g), policy::pmaGroundCode(g));
    form->addRow(tr("PMA &ground:"), m_ground);
    m_reference = new QLineEdit(page);
    m_reference->setObjectName(QStringLiteral("kekPmaReferenceEdit"));
    m_reference->setAccessibleName(tr("PMA instruction reference"));
    m_reference->setPlaceholderText(tr("The SMKI PMA instruction reference"));
    m_reference->setMaxLength(64);
    form->addRow(tr("PMA &reference:"), m_reference);
    m_version = new QComboBox(page);
    m_version->setObjectName(QStringLiteral("kekVersionCombo"));
    m_version->setAccessibleName(tr("KEK version to destroy"));
    m_version->setToolTip(tr("Only retired versions are offered: no package refers to them"));
    form->addRow(tr("&Version to destroy:"), m_version);
    m_chunk = new QSpinBox(page);
    m_chunk->setObjectName(QStringLiteral("kekChunkSizeSpin"));
    m_chunk->setToolTip(tr("Packages moved and committed together; a stopped rollover resumes after the "
                           "last committed chunk"));
    m_chunk->setRange(1, 100000);
    m_chunk->setValue(2000);
    form->addRow(tr("Packages per c&hunk:"), m_chunk);
    m_note = new QLabel(page);
    m_note->setObjectName(QStringLiteral("kekNote"));
    m_note->setTextFormat(Qt::PlainText); // labels and references are data
    m_note->setWordWrap(true);
    form->addRow(m_note);
    connect(m_kek, &QComboBox::currentIndexChanged, this, [this] { update(); });
}

void KekCeremonyFields::load(workspace::Workspace& ws) {
    m_versions.clear();
    m_running.clear();
    m_loadError.clear();
    if (auto all = keys::KekVersionStore::all(ws.db()))
        m_versions = *all;
    else
        m_loadError = all.error().message;
    for (keys::Kek k : {keys::Kek::Dco, keys::Kek::Shared}) {
        auto r = keys::KekVersionStore::runningRollover(ws.db(), k);
        if (!r)
            m_loadError = r.error().message;
        else if (*r)
            m_running.insert(int(k), **r);
    }
    update();
}

void KekCeremonyFields::setKind(CeremonyKind kind) {
    m_kind = kind;
    const bool rollover = kind == CeremonyKind::RolloverKek;
    const bool destroy = kind == CeremonyKind::DestroyKek;
    for (QWidget* w : {static_cast<QWidget*>(m_kek), static_cast<QWidget*>(m_note)})
        m_form->setRowVisible(w, rollover || destroy);
    for (QWidget* w : {static_cast<QWidget*>(m_ground), static_cast<QWidget*>(m_reference),
                       static_cast<QWidget*>(m_chunk)})
        m_form->setRowVisible(w, rollover);
    m_form->setRowVisible(m_version, destroy);
    update();
}

keys::Kek KekCeremonyFields::kek() const {
    return keys::parseKekOption(m_kek->currentData().toString()).value_or(keys::Kek::Dco);
}

std::optional<keys::KekRollover> KekCeremonyFields::running() const {
    auto it = m_running.constFind(int(kek()));
    if (it == m_running.constEnd())
        return std::nullopt;
    return *it;
}

void KekCeremonyFields::update() {
    const keys::Kek k = kek();
    const auto resume = running();
    // A running rollover goes on under the instruction it was started with: shown, not editable.
    if (resume) {
        if (!m_reference->isReadOnly())
            m_typedReference = m_reference->text();
        m_reference->setText(resume->pmaReference);
        m_reference->setReadOnly(true);
        m_ground->setCurrentIndex(qMax(0, m_ground->findData(resume->pmaGround)));
        m_ground->setEnabled(false);
    } else if (m_reference->isReadOnly()) {
        m_reference->setText(m_typedReference);
        m_reference->setReadOnly(false);
        m_ground->setEnabled(true);
    }
    m_version->clear();
    const keys::KekVersion* active = nullptr;
    for (const keys::KekVersion& v : std::as_const(m_versions)) {
        if (v.kek != k)
            continue;
        if (v.state == keys::KekVersionState::Active)
            active = &v;
        if (v.state == keys::KekVersionState::Retired)
            m_version->addItem(tr("%1 (retired, KCV %2)").arg(kekVersionText(k, v.version), v.kcv),
                               v.version);
    }
    if (m_version->count() == 0)
        m_version->addItem(tr("No retired version of the %1").arg(kekText(k)), 0);
    m_version->setEnabled(m_version->itemData(0).toInt() > 0);

    QString note;
    if (!m_loadError.isEmpty())
        note = tr("The KEK versions cannot be read: %1").arg(m_loadError);
    else if (m_kind == CeremonyKind::DestroyKek)
        note = tr("A destroyed version can never read again what was packaged under it, such as an S1SP's "
                  "older exports. Only a retired version, with no package under it, can be destroyed.");
    else if (resume)
        note = tr("The rollover of %1 to v%2 is not finished: %3 of %4 moved. It resumes under its recorded "
                  "PMA instruction %5; no new version is made.")
                   .arg(kekVersionText(k, resume->from))
                   .arg(resume->to)
                   .arg(QLocale().toString(resume->packagesDone), packageCountText(resume->packagesTotal),
                        resume->pmaReference);
    else if (active)
        note =
            tr("%1 is active, with %2: a new version, v%3, is generated in the HSM and every package moves "
               "to it.")
                .arg(kekVersionText(k, active->version), packageCountText(active->packages))
                .arg(active->version + 1);
    else
        note = tr("No version of the %1 is recorded yet: version 1 is recorded under the quorum.")
                   .arg(kekText(k));
    m_note->setText(note);
}

Status KekCeremonyFields::fill(workspace::Workspace& ws, ceremony::CeremonyPlan& plan) const {
    const keys::Kek k = kek();
    plan.kek = keys::kekOption(k);
    if (m_kind == CeremonyKind::DestroyKek) {
        plan.kekVersion = m_version->currentData().toInt();
        if (plan.kekVersion < 1)
            return fail(ErrorCode::NotFound, tr("The %1 has no retired version to destroy.").arg(kekText(k)));
        return ceremony::KekRollover::destroyPrecheck(ws, k, plan.kekVersion);
    }
    ceremony::KekRollover::Options o;
    o.kek = k;
    o.instruction.reference = m_reference->text().trimmed();
    const auto ground = policy::parsePmaGround(m_ground->currentData().toString());
    if (ground)
        o.instruction.ground = *ground;
    // Everything that needs no token, before any card is asked for (as symbolon-cli does).
    if (auto s = ceremony::KekRollover::precheck(ws, o); !s)
        return s;
    auto running = keys::KekVersionStore::runningRollover(ws.db(), k);
    if (!running)
        return running.error();
    if (!*running && !ground)
        return fail(
            ErrorCode::PolicyRefused,
            tr("A KEK rollover needs the SMKI PMA's instruction: choose its ground (Major Incident or "
               "control shortfall) and give its reference (CKMP (b)(iii), (d)(vi))."));
    auto versions = keys::KekVersionStore::of(ws.db(), k);
    if (!versions)
        return versions.error();
    plan.chunkSize = m_chunk->value();
    plan.resume = running->has_value();
    if (*running) {
        plan.pmaGround = (*running)->pmaGround;
        plan.pmaReference = (*running)->pmaReference;
        plan.kekVersion = (*running)->from;
    } else {
        plan.pmaGround = policy::pmaGroundCode(*ground);
        plan.pmaReference = o.instruction.reference;
        plan.kekVersion = 1; // no version recorded yet: version 1 is recorded under the quorum
        for (const keys::KekVersion& v : *versions)
            if (v.state == keys::KekVersionState::Active)
                plan.kekVersion = v.version;
    }
    plan.packages = 0;
    for (const keys::KekVersion& v : *versions)
        if (v.version == plan.kekVersion)
            plan.packages = v.packages;
    return {};
}

} // namespace symbolon::ui
