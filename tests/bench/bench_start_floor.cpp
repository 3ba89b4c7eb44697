// The floor for the start-up benchmark: a bare QApplication showing a 10,000-row QTableView on a
// trivial model, timed the same way as the console.
#include "BenchSupport.h"

#include <QAbstractTableModel>
#include <QTableView>

namespace {

class TrivialModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 10000; }
    int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QVariant();
        return QStringLiteral("Row %1, column %2").arg(index.row()).arg(index.column());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TrivialModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1100, 700);
    ccbench::FirstPaintReporter reporter(&view, nullptr);
    view.show();
    return QApplication::exec();
}
