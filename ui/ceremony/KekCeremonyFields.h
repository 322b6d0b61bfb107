#pragma once

#include "ceremony/CeremonyPlan.h"
#include "common/Result.h"
#include "keys/KekVersionStore.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The choose page's fields of the two KEK ceremonies (issue #20): which KEK; for a rollover the
// SMKI PMA's ground and reference (a running rollover resumes under its recorded reference, shown
// read-only); for a destroy the version, only retired ones offered. fill() puts them into the plan
// as the CLI does (app/cli/KekCommands.cpp) and returns core's token-free refusal, if any. Its
// rows go into the page's form, so that the labels line up with the other ceremonies' fields.
class KekCeremonyFields : public QObject {
    Q_OBJECT

public:
    KekCeremonyFields(QFormLayout* form, QWidget* page);

    // The versions and the running rollovers, as recorded now (two small tables).
    void load(workspace::Workspace& ws);
    void setKind(ceremony::CeremonyKind kind);
    [[nodiscard]] Status fill(workspace::Workspace& ws, ceremony::CeremonyPlan& plan) const;

private:
    void update();
    keys::Kek kek() const;
    std::optional<keys::KekRollover> running() const;

    ceremony::CeremonyKind m_kind = ceremony::CeremonyKind::RolloverKek;
    QVector<keys::KekVersion> m_versions;
    QHash<int, keys::KekRollover> m_running; // by keys::Kek
    QString m_loadError;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kek = nullptr;
    QComboBox* m_ground = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_version = nullptr;
    QSpinBox* m_chunk = nullptr;
    QLabel* m_note = nullptr;
    QString m_typedReference; // kept while a resume shows the recorded one
};

} // namespace symbolon::ui
