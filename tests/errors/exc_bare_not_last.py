# error: 5:1: error: default 'except:' must be last
# A bare except before another clause.
try:
    x = 1
except:
    pass
except ValueError:
    pass
