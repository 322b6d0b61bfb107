#include "hsm/HsmObjectModel.h"

#include "common/StatusColor.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace symbolon::ui {

void HsmObjectModel::setObjects(const QVector<hsm::TokenObject>& objects) {
    beginResetModel();
    m_objects = objects;
    endResetModel();
}

int HsmObjectModel::rowOfLabel(const QString& label) const {
    for (int i = 0; i < m_objects.size(); ++i)
        if (m_objects[i].label == label)
            return i;
    return -1;
}

QString HsmObjectModel::attributesText(const hsm::TokenObject& o) {
    QStringList a;
    auto flag = [&](bool on, const QString& name) { a << (on ? name : QStringLiteral("!") + name); };
    flag(o.tokenObject, tr("token"));
    flag(o.privateObject, tr("private"));
    flag(o.sensitive, tr("sensitive"));
    flag(o.extractable, tr("extractable"));
    flag(o.neverExtractable, tr("never-extractable"));
    flag(o.local, tr("local"));
    QStringList uses;
    for (const auto& [on, name] :
         {std::pair{o.encrypt, tr("encrypt")}, std::pair{o.decrypt, tr("decrypt")},
          std::pair{o.wrap, tr("wrap")}, std::pair{o.unwrap, tr("unwrap")}, std::pair{o.sign, tr("sign")},
          std::pair{o.verify, tr("verify")}, std::pair{o.derive, tr("derive")}})
        if (on)
            uses << name;
    if (o.wrapWithTrusted)
        uses << tr("wrap-with-trusted only");
    if (o.trusted)
        uses << tr("trusted");
    return a.join(QLatin1Char(' ')) + QStringLiteral(" · ") +
           (uses.isEmpty() ? tr("no usage") : uses.join(QLatin1Char(' ')));
}

int HsmObjectModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_objects.size());
}

int HsmObjectModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HsmObjectModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_objects.size())
        return {};
    const hsm::TokenObject& o = m_objects[index.row()];
    if (role == Qt::ForegroundRole && index.column() == Findings && !o.findings.isEmpty())
        return QBrush(statusColor(StatusTone::Error));
    if (role == Qt::ToolTipRole)
        return index.column() == Findings ? o.findings.join(QLatin1Char('\n')) : o.uri;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Label:
        return o.label;
    case Id:
        return QString::fromLatin1(o.id.toHex());
    case Class:
        return o.objectClass;
    case KeyType:
        return o.keyType;
    case Kcv:
        return o.kcv;
    case Attributes:
        return o.objectClass.contains(QLatin1String("key")) ? attributesText(o) : QString();
    case Findings:
        return o.findings.isEmpty() ? tr("none") : o.findings.join(QLatin1Char(' '));
    }
    return {};
}

QVariant HsmObjectModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Label");
    case Id:
        return tr("ID");
    case Class:
        return tr("Class");
    case KeyType:
        return tr("Key type");
    case Kcv:
        return tr("KCV");
    case Attributes:
        return tr("Security attributes");
    case Findings:
        return tr("Policy findings");
    }
    return {};
}

} // namespace symbolon::ui
