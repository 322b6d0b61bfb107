#include "journal/EvidenceExportedDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
QLabel* plain(const QString& text, QWidget* parent, const char* name) {
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setObjectName(QString::fromLatin1(name));
    return l;
}
} // namespace

EvidenceExportedDialog::EvidenceExportedDialog(const audit::EvidencePack::Summary& s, QWidget* parent)
    : QDialog(parent), m_path(QDir::toNativeSeparators(s.dir)) {
    setObjectName(QStringLiteral("evidenceExportedDialog"));
    setWindowTitle(tr("Evidence pack written"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* pathRow = new QHBoxLayout;
    auto* path = new QLineEdit(m_path, this);
    path->setObjectName(QStringLiteral("evidencePackPath"));
    path->setReadOnly(true);
    path->setAccessibleName(tr("Evidence pack folder"));
    path->setAccessibleDescription(tr("Where the evidence pack was written, read-only"));
    path->setCursorPosition(0);
    auto* copy = new QPushButton(tr("&Copy path"), this);
    copy->setObjectName(QStringLiteral("evidencePackCopyPath"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_path); });
    auto* open = new QPushButton(tr("&Open folder"), this);
    open->setObjectName(QStringLiteral("evidencePackOpenFolder"));
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    pathRow->addWidget(path, 1);
    pathRow->addWidget(copy);
    pathRow->addWidget(open);
    auto* pathLabel = new QLabel(tr("&Folder:"), this);
    pathLabel->setBuddy(path);
    form->addRow(pathLabel, pathRow);

    form->addRow(tr("Entries:"),
                 plain(tr("%n entries, #%1 to #%2", nullptr, int(s.entries)).arg(s.fromSeq).arg(s.toSeq),
                       this, "evidencePackEntries"));
    form->addRow(tr("Checkpoints:"),
                 plain(tr("%n signed checkpoints", nullptr, s.checkpoints), this, "evidencePackCheckpoints"));
    form->addRow(tr("At export:"), plain(s.verification.summary(), this, "evidencePackVerification"));
    form->addRow(tr("Files:"), plain(tr("report.html and report.pdf for people; journal.jsonl, "
                                        "checkpoints.jsonl, journal-signing-key.pem, cards.json and "
                                        "manifest.json (the SHA-256 of every file) for checking"),
                                     this, "evidencePackFiles"));
    layout->addLayout(form);
    layout->addWidget(plain(tr("A reviewer checks it against the journal key they hold, without the "
                               "workspace:\nsymbolon-cli journal verify --evidence-pack \"%1\" --public-key "
                               "JOURNAL-KEY.pem")
                                .arg(m_path),
                            this, "evidencePackHowToCheck"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

} // namespace symbolon::ui
