# kilopy: path=../modules
# `import a, b` runs each module's body at the import, in order (a module imported again by a
# later name runs once), and binds both.
import imp_counter, imp_geometry, imp_counter as again
print("main", imp_counter.bump(2), again.bump(3), imp_geometry.area(2, 3))
