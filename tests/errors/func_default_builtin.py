# error: 3:11: error: a default value that names a function ('abs') is supported in kilopy for a function of the program defined above this def, or print, through a parameter the body only calls (act=relu, report=print): define it with def above, and only call 'act(...)'
# a default naming a builtin other than print.
def f(act=abs):
    return act(-1)


print(f())
