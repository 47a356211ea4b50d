# error: 4:10: error: zip(*rows) is not supported in kilopy (its tuples' length is the number of rows, known only at run time): write zip(rows[0], rows[1]), or index the rows (rows[i][j])
# zip(*rows) transposes a list of lists: its tuples have as many elements as rows.
rows = [[1, 2], [3, 4]]
for c in zip(*rows):
    print(c)
