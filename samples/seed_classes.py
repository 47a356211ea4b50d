# The seed paper's seven classes (sections 3.2-5.2), as written there but for the edits
# docs/language.md lists ("The seed's classes"): ints only, random.randrange(10) == 0 for
# random.random() < 0.1, `import random` at the top, OptimizedMicroPerceptron derived from
# MicroPerceptron and IncrementalLearner given an __init__ (the seed shows neither class's
# fields), MicroMLTraining.memory_usage_report's str() of a list and float percentage written
# with ints. Under python3:
#   PYTHONPATH=stdlib_micro python3 samples/seed_classes.py
import micro   # first: under python3, samples/micro.py finds stdlib_micro/ or says how to run this sample
import random


# 1KB内存中的微型感知机(概念实现)
class MicroPerceptron:
    def __init__(self, input_size=2):
        # 使用8位定点数表示权重
        # 权重范围:-128到127(除以100得到实际值)
        self.weights = [0] * input_size
        self.bias = 0
        self.learning_rate = 10  # 0.1的定点表示

    def predict(self, inputs):
        # 使用整数运算
        total = self.bias
        for i in range(len(inputs)):
            total += self.weights[i] * inputs[i]
        # 简化激活函数:符号函数
        return 1 if total >= 0 else 0

    def train_step(self, inputs, target):
        prediction = self.predict(inputs)
        error = target - prediction
        if error != 0:
            # 权重更新
            for i in range(len(self.weights)):
                self.weights[i] += self.learning_rate * error * inputs[i]
                # 限制权重范围
                if self.weights[i] > 127:
                    self.weights[i] = 127
                elif self.weights[i] < -128:
                    self.weights[i] = -128
            self.bias += self.learning_rate * error


class StreamingData:
    def __init__(self):
        self.current_sample = [0, 0]  # 2维特征
        self.current_label = 0

    def next_from_sensor(self):
        # 从传感器读取数据
        # 模拟实现:生成简单的线性可分数据
        x = random.randint(0, 63)  # 6位精度
        y = random.randint(0, 63)
        # 简单决策边界:y > x
        label = 1 if y > x else 0
        # 添加少量噪声
        if random.randrange(10) == 0:
            label = 1 - label
        self.current_sample = [x - 32, y - 32]  # 中心化
        self.current_label = label
        return self.current_sample, self.current_label


class MicroMLTraining:
    def __init__(self):
        # 总内存预算:1024字节
        # 分配方案:
        # - 模型:3个权重 * 1字节 = 3字节
        # - 当前样本:2个特征 * 1字节 + 1字节标签 = 3字节
        # - 训练逻辑:约500字节
        # - 剩余空间用于运行时栈和变量
        self.model = MicroPerceptron(input_size=2)
        self.data_stream = StreamingData()
        self.training_steps = 0
        self.accuracy = 0

    def train(self, max_steps=100):
        correct = 0
        for step in range(max_steps):
            # 获取下一个样本(不存储历史数据)
            inputs, target = self.data_stream.next_from_sensor()
            # 训练前预测
            prediction = self.model.predict(inputs)
            # 单步训练
            self.model.train_step(inputs, target)
            # 跟踪准确率
            if prediction == target:
                correct += 1
            self.training_steps += 1
            # 每10步更新一次准确率(节省计算)
            if step % 10 == 0:
                self.accuracy = (correct * 100) // (step + 1)
        self.accuracy = (correct * 100) // max_steps
        return self.accuracy

    def memory_usage_report(self):
        total = 1024
        used = (len("[" + ", ".join(str(w) for w in self.model.weights) + "]") +
                len(str(self.model.bias)) +
                self.training_steps.bit_length() // 8 +
                self.accuracy.bit_length() // 8)
        tenths = (used * 1000 + total // 2) // total
        return f"内存使用: {used}字节/{total}字节 ({tenths // 10}.{tenths % 10}%)"


# 优化技巧示例:使用位运算加速
class OptimizedMicroPerceptron(MicroPerceptron):
    def predict_optimized(self, inputs):
        # 使用位运算加速点积计算
        # 假设权重和输入都是4位整数
        total = self.bias
        # 展开循环以减少开销
        w0, w1 = self.weights[0], self.weights[1]
        x0, x1 = inputs[0], inputs[1]
        # 使用移位和掩码加速
        total += ((w0 * x0) + (w1 * x1)) >> 2  # 近似除以4
        return 1 if total >= 0 else 0


class IncrementalLearner:
    def __init__(self):
        self.model = MicroPerceptron()
        self.recent_samples = []
        self.recent_labels = []

    def update_model(self, new_sample, new_label):
        # 超简化的增量更新
        # 仅保留最近几个样本的"记忆"
        if len(self.recent_samples) >= 3:  # 仅保留3个样本
            self.recent_samples.pop(0)
            self.recent_labels.pop(0)
        self.recent_samples.append(new_sample)
        self.recent_labels.append(new_label)
        # 在微小数据集上重新训练
        self.mini_batch_train()

    def mini_batch_train(self):
        # 在3个样本上训练
        for i in range(3):
            if i < len(self.recent_samples):
                self.model.train_step(
                    self.recent_samples[i],
                    self.recent_labels[i]
                )


class SensorAnomalyDetector:
    def __init__(self):
        # 学习正常传感器读数的模式
        self.normal_range = [0, 0]
        self.update_count = 0

    def update(self, sensor_value):
        # 在线更新正常范围
        if self.update_count == 0:
            self.normal_range = [sensor_value, sensor_value]
        else:
            if sensor_value < self.normal_range[0]:
                self.normal_range[0] = sensor_value
            if sensor_value > self.normal_range[1]:
                self.normal_range[1] = sensor_value
        self.update_count += 1
        # 简单异常检测:3σ原则的简化版
        range_size = self.normal_range[1] - self.normal_range[0]
        threshold = range_size // 2  # 简化阈值
        mean = (self.normal_range[0] + self.normal_range[1]) // 2
        is_anomaly = abs(sensor_value - mean) > threshold
        return is_anomaly


class MicroController:
    def __init__(self):
        # 学习简单的输入-输出映射
        self.rule_base = {}  # 使用字典表示简单规则

    def learn_rule(self, input_state, output_action):
        # 将连续输入离散化
        input_key = self.discretize(input_state)
        # 存储或更新规则
        self.rule_base[input_key] = output_action
        # 保持规则库大小有限
        if len(self.rule_base) > 8:  # 最多8条规则
            # 移除最旧的规则
            oldest_key = next(iter(self.rule_base))
            del self.rule_base[oldest_key]

    def discretize(self, values):
        # 将连续值离散化为3位键
        key = 0
        for i, val in enumerate(values):
            # 将值量化为0-1-2三个级别
            quantized = 0
            if val > 10:
                quantized = 2
            elif val > 5:
                quantized = 1
            key |= (quantized << (2 * i))  # 每值2位
        return key


def main():
    random.seed(2024)
    training = MicroMLTraining()
    print("accuracy:", training.train(max_steps=100), "%")
    print("weights:", training.model.weights, "bias:", training.model.bias, "steps:", training.training_steps)
    print(training.memory_usage_report())

    fast = OptimizedMicroPerceptron()
    learner = IncrementalLearner()
    stream = StreamingData()
    agree = 0
    correct = 0
    for step in range(60):
        sample, label = stream.next_from_sensor()
        if fast.predict_optimized(sample) == fast.predict(sample):
            agree += 1
        if learner.model.predict(sample) == label:
            correct += 1
        fast.train_step(sample, label)
        learner.update_model(sample, label)
    print("optimized agrees:", agree, "of 60; weights:", fast.weights, "bias:", fast.bias)
    print("incremental:", correct, "of 60 right; weights:", learner.model.weights, "recent:", learner.recent_samples)

    detector = SensorAnomalyDetector()
    readings = [20, 22, 21, 25, 19, 40, 23, 5, 24, 22]
    print("anomalies:", [detector.update(v) for v in readings], "range:", detector.normal_range)

    controller = MicroController()
    print("keys:", [controller.discretize(s) for s in [[0, 0], [6, 11], [12, 3], [11, 11]]])
    for step in range(40):
        state = [random.randrange(15), random.randrange(15)]
        controller.learn_rule(state, state[0] > state[1])
    print("rules:", controller.rule_base)


if __name__ == "__main__":
    main()
