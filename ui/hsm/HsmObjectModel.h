#pragma once

#include "hsm/TokenObject.h"

#include <QAbstractTableModel>
#include <QVector>

namespace symbolon::ui {

// A token's objects: label, id, class, key type, labelled KCV, security attributes, and policy
// findings (red).
class HsmObjectModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Label, Id, Class, KeyType, Kcv, Attributes, Findings, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setObjects(const QVector<hsm::TokenObject>& objects);
    const QVector<hsm::TokenObject>& objects() const { return m_objects; }
    int rowOfLabel(const QString& label) const;
    static QString attributesText(const hsm::TokenObject& o);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<hsm::TokenObject> m_objects;
};

} // namespace symbolon::ui
