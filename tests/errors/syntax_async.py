# error: 3:1: error: async and await are not supported
# async def is refused.
async def f():
    return 1
