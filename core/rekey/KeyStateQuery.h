#pragma once

#include "inventory/DeviceQuery.h"
#include "policy/KeyState.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace symbolon::rekey {

// The orders the Key States view can page in, each walking an index rather than sorting millions
// of rows: by device id (then kind, client, generation), by state (then device row), by the
// device's rotation deadline (then device id, kind, client, generation).
enum class KeyStateColumn { DeviceId, State, Deadline };

// Which key records the Key States view shows: key filters plus the device filters of the
// Devices view (device id prefix, type, cohort, S1SP, post-commissioning rotation).
struct KeyStateFilter {
    inventory::DeviceFilter device;
    std::optional<policy::KeyState> state;
    bool includeSuperseded = false; // Superseded records are history: hidden unless asked for (or state)
    bool compromisedOnly = false;
    QString kind; // "", "MK", "AK", "GUEK"
    // Only the records packaged under one KEK version (issue #20): key_records.kek and kek_version.
    // No index serves it, so a count or a page with it reads key_records rather than the per-state
    // counts.
    struct KekVersionTerm {
        QString kek;     // "DCO Key" / "Shared Key" (keys::kekCode)
        int version = 1; // key_records.kek_version
    };
    std::optional<KekVersionTerm> kekVersion;
};

// One key record with its device's fields, as the view shows it.
struct KeyStateRow {
    qint64 keyId = 0;
    qint64 deviceRow = 0;
    QString deviceId; // canonical
    policy::DeviceType type = policy::DeviceType::CHF;
    policy::Cohort cohort = policy::Cohort::IOC;
    QString s1sp;
    QString kind;   // "MK", "AK", "GUEK", "DK"
    int client = 0; // DlmsClient code; 0 for the MK
    int generation = 0;
    policy::KeyState state = policy::KeyState::Migrated;
    QString kcv;        // labelled ("CMAC-5B 1A2B3C4D5E")
    QString kek;        // "DCO Key" / "Shared Key"
    QString kekKcv;     // labelled
    int kekVersion = 1; // the version of kek that packages it (issue #20)
    QDateTime createdAt;
    std::optional<QDateTime> distributedAt, activatedAt, compromisedAt;
    QString compromisedRef; // non-empty: flagged compromised
    QDateTime deadline;     // the device's post-commissioning rotation deadline
    std::optional<QDateTime> rotationDoneAt;
    qint64 rekeyRun = 0; // the run that generated it (0: migration)

    bool compromised() const { return !compromisedRef.isEmpty(); }
};

// Key records per state for a filter (the state filters themselves ignored), and how many are
// flagged compromised.
struct KeyStateCounts {
    QMap<policy::KeyState, qint64> perState;
    qint64 compromised = 0;
    qint64 total() const {
        qint64 t = 0;
        for (qint64 n : perState)
            t += n;
        return t;
    }
};

} // namespace symbolon::rekey
