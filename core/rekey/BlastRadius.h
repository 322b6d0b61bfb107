#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace symbolon::rekey {

// What a planned re-key would touch, shown before anything happens, and why any device is
// refused. A plan is created only when nothing is refused.
struct BlastRadius {
    qint64 devices = 0;           // selected and allowed
    qint64 keys = 0;              // new keys that will be generated
    qint64 postCommissioning = 0; // of those: rotation not yet done (this re-key is that rotation)
    qint64 afterRotation = 0;     // of those: rotation done, re-keyed under the PMA instruction
    QMap<QString, qint64> byCohort, byS1sp, byType;

    struct Refusal {
        QString reason; // one sentence with the clause, the same for every device it lists
        qint64 count = 0;
        QStringList sample; // the first device ids (at most 20)
    };
    QVector<Refusal> refusals;
    qint64 refused() const;

    void refuse(const QString& reason, const QString& deviceId);
    QJsonObject toJson() const;
    QString toText() const; // for the CLI and the custodians' review
};

} // namespace symbolon::rekey
