# error: 3:5: error: assignment expressions (:=) are not supported; assign in a separate statement
# assignment expressions are refused.
if (n := 5) > 3:
    print(n)
