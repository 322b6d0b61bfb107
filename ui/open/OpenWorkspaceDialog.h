#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// Choose your card, enter its PIN, open. The PIN goes from the line edit into SecureBytes at
// once and the line edit is cleared; Workspace::open runs on a worker thread (the card may take
// seconds); a failure shows core's exact sentence inline.
class OpenWorkspaceDialog : public QDialog {
    Q_OBJECT

public:
    explicit OpenWorkspaceDialog(const QString& dir, QWidget* parent = nullptr);
    ~OpenWorkspaceDialog() override;

    // The opened workspace, once accepted.
    std::unique_ptr<workspace::Workspace> takeWorkspace();
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void refreshCards();

Q_SIGNALS:
    void cardsListed(); // the card list is filled (or its error shown)

public Q_SLOTS:
    void done(int result) override;

private:
    void startOpen();
    void setBusy(bool busy, const QString& hint = {});
    void showError(const QString& message);
    void updateOpenEnabled();

    QString m_dir;
    QTreeWidget* m_cards = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_busyHint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_open = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    std::unique_ptr<workspace::Workspace> m_workspace;
};

} // namespace symbolon::ui
