#include "WorkspaceProbe.h"

#include <QProcess>

namespace symbolon::test {

std::optional<QVector<qint64>> WorkspaceProbe::query(const QStringList& sql) {
    QProcess p;
    p.start(QStringLiteral(SYMBOLON_TEST_PROBE), QStringList{m_dir, QString::number(m_card)} + sql);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (m_error.isEmpty())
            m_error = QStringLiteral("symbolon-test-probe failed: ") + p.errorString();
        return std::nullopt;
    }
    QVector<qint64> out;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            out.push_back(line.trimmed().toLongLong());
    if (out.size() != sql.size()) {
        m_error = QStringLiteral("symbolon-test-probe printed %1 values for %2 queries")
                      .arg(out.size())
                      .arg(sql.size());
        return std::nullopt;
    }
    return out;
}

std::optional<qint64> WorkspaceProbe::scalar(const QString& sql) {
    auto v = query({sql});
    if (!v)
        return std::nullopt;
    return v->front();
}

} // namespace symbolon::test
