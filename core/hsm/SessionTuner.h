#pragma once

#include <QString>
#include <QVector>

namespace symbolon::hsm {

// How many sessions bulk HSM work runs on (issue #21). A count that was given is used as given.
// Without one (0) it is chosen from measured throughput: the work starts on one session and,
// after every chunk, doubles the count while the rate of the HSM work (items per second of the
// chunk's HSM phase) rose by at least kGain over the count before (quadruples it after a nearly
// linear gain, kLinear); when it did not, or the cap is
// reached, it settles on the fastest count it measured. On a token in this process (SoftHSM2)
// that is the number of cores; on a network HSM, where each call waits for a round trip, it is
// as many as the token and the cap allow.
class SessionTuner {
public:
    static constexpr double kGain = 1.15;
    static constexpr double kLinear = 1.8; // a doubling that gave this much: quadruple next

    SessionTuner(int requested, int cap);
    bool automatic() const { return m_automatic; }
    bool settled() const { return m_settled; }
    // Sessions for the next chunk.
    int next() const { return m_current; }
    // The pool gave `n` sessions when next() were asked for: fewer is the token's limit, and
    // automatic tuning stops there.
    void granted(int n);
    // A chunk's HSM phase: `items` done on `sessions` sessions in `nsecs`.
    void observe(int sessions, qint64 items, qint64 nsecs);
    // What was measured, for the ceremony record: "1 → 35.2/s; 2 → 70.1/s; … chose 64".
    QString trail() const;

private:
    struct Probe {
        int sessions;
        double rate;
    };
    bool m_automatic;
    bool m_settled;
    int m_cap;
    int m_current;
    QVector<Probe> m_probes;
};

} // namespace symbolon::hsm
