#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace symbolon::test {

// Runs SQL scalar queries on a demo workspace in a child process (symbolon-test-probe), so that
// one test can look into many workspaces. Returns nullopt (and the reason in error()) on failure.
class WorkspaceProbe {
public:
    explicit WorkspaceProbe(QString dir, int card = 2) : m_dir(std::move(dir)), m_card(card) {}
    std::optional<QVector<qint64>> query(const QStringList& sql);
    std::optional<qint64> scalar(const QString& sql);
    QString error() const { return m_error; }

private:
    QString m_dir;
    int m_card;
    QString m_error;
};

} // namespace symbolon::test
