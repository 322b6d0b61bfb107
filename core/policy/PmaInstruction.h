#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace symbolon::policy {

// The two grounds on which the SMKI PMA may instruct keys to be re-generated and replaced after
// the post-commissioning rotation (CKMP (b)(iii), (d)(v), (d)(vi)).
enum class PmaGround {
    MajorIncident,    // recovery from a Major Incident where the DCO or an S1SP was compromised
    ControlShortfall, // a periodic review found Section G controls short of the minimum, with material risk
};

QString pmaGroundCode(PmaGround g); // "major-incident", "control-shortfall"
QString pmaGroundName(PmaGround g); // a sentence fragment for people
std::optional<PmaGround> parsePmaGround(const QString& code);

struct PmaInstruction {
    PmaGround ground = PmaGround::MajorIncident;
    QString reference; // the PMA's instruction reference: non-empty, printable, at most 64 characters

    [[nodiscard]] Status validate() const;
};

} // namespace symbolon::policy
