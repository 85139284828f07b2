using System;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Expected strings are the exact output of repr() in PyTorch 1.13 for the same tensor
/// (float32 inputs go through torch.tensor, so they are rounded to float32 here too).
/// </summary>
public class TensorFormatterTests
{
    private static string Repr(double[] values, int[] shape, DType dtype, params string[] suffixes)
    {
        if (dtype == DType.Float32) values = Array.ConvertAll(values, v => (double)(float)v);
        return TensorFormatter.Format(values, shape, dtype, suffixes);
    }

    /// <summary>f(0), f(1), ..., f(n - 1); stands in for torch.arange-based inputs.</summary>
    private static double[] Seq(int n, Func<int, double> f)
    {
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = f(i);
        return values;
    }

    [Fact]
    public void Scalar_IntegralFloat() =>
        Assert.Equal(
            "tensor(5.)",
            Repr(new double[] { 5.0 }, Array.Empty<int>(), DType.Float32));

    [Fact]
    public void Scalar_Fixed() =>
        Assert.Equal(
            "tensor(4.8283)",
            Repr(new double[] { 4.8283 }, Array.Empty<int>(), DType.Float32));

    [Fact]
    public void Scalar_Zero() =>
        Assert.Equal(
            "tensor(0.)",
            Repr(new double[] { 0.0 }, Array.Empty<int>(), DType.Float32));

    [Fact]
    public void Scalar_NegativeZero() =>
        Assert.Equal(
            "tensor(-0.)",
            Repr(new double[] { -0.0 }, Array.Empty<int>(), DType.Float32));

    [Fact]
    public void Scalar_Nan() =>
        Assert.Equal(
            "tensor(nan)",
            Repr(new double[] { double.NaN }, Array.Empty<int>(), DType.Float32));

    [Fact]
    public void Scalar_Bool() =>
        Assert.Equal(
            "tensor(True)",
            Repr(new double[] { 1 }, Array.Empty<int>(), DType.Bool));

    [Fact]
    public void Scalar_Int64() =>
        Assert.Equal(
            "tensor(3)",
            Repr(new double[] { 3 }, Array.Empty<int>(), DType.Int64));

    [Fact]
    public void Scalar_Float64ShowsDtype() =>
        Assert.Equal(
            "tensor(0.1000, dtype=torch.float64)",
            Repr(new double[] { 0.1 }, Array.Empty<int>(), DType.Float64));

    [Fact]
    public void Scalar_LargeIntegralUsesScientific() =>
        Assert.Equal(
            "tensor(1.2346e+09)",
            Repr(new double[] { 1234567890.0 }, Array.Empty<int>(), DType.Float32));

    [Fact]
    public void Scalar_RoundingCarriesIntoExponent() =>
        Assert.Equal(
            "tensor(1.0000e-04, dtype=torch.float64)",
            Repr(new double[] { 9.99996e-05 }, Array.Empty<int>(), DType.Float64));

    [Fact]
    public void Scalar_GradFn() =>
        Assert.Equal(
            "tensor(125., grad_fn=<PowBackward0>)",
            Repr(new double[] { 125 }, Array.Empty<int>(), DType.Float32, "grad_fn=<PowBackward0>"));

    [Fact]
    public void Scalar_RequiresGrad() =>
        Assert.Equal(
            "tensor(2.5000, requires_grad=True)",
            Repr(new double[] { 2.5 }, Array.Empty<int>(), DType.Float32, "requires_grad=True"));

    [Fact]
    public void Vector_Float64() =>
        Assert.Equal(
            "tensor([0.2000, 0.2000], dtype=torch.float64)",
            Repr(new double[] { 0.2, 0.2 }, new int[] { 2 }, DType.Float64));

    [Fact]
    public void Vector_Fixed() =>
        Assert.Equal(
            "tensor([0.0000, 0.0730, 0.1461])",
            Repr(new double[] { 0.0, 0.073, 0.1461 }, new int[] { 3 }, DType.Float32));

    [Fact]
    public void Vector_Float32ValuesPrintFromFloat32() =>
        Assert.Equal(
            "tensor([0.1000, 0.2000, 0.3000])",
            Repr(new double[] { 0.1, 0.2, 0.3 }, new int[] { 3 }, DType.Float32));

    [Fact]
    public void Vector_TieRoundsHalfToEven() =>
        Assert.Equal(
            "tensor([0.0312, 1.0000], dtype=torch.float64)",
            Repr(new double[] { 0.03125, 1.0 }, new int[] { 2 }, DType.Float64));

    [Fact]
    public void Vector_NegativeFixed() =>
        Assert.Equal(
            "tensor([-1.5000,  2.2500, -0.1250])",
            Repr(new double[] { -1.5, 2.25, -0.125 }, new int[] { 3 }, DType.Float32));

    [Fact]
    public void Vector_IntModeRightAligned() =>
        Assert.Equal(
            "tensor([-3., 10.,  0.])",
            Repr(new double[] { -3.0, 10.0, 0.0 }, new int[] { 3 }, DType.Float32));

    [Fact]
    public void Vector_IntModeNonFinite() =>
        Assert.Equal(
            "tensor([1., inf, -inf, nan])",
            Repr(new double[] { 1.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN }, new int[] { 4 }, DType.Float32));

    [Fact]
    public void Vector_ZerosAndNan() =>
        Assert.Equal(
            "tensor([0., nan])",
            Repr(new double[] { 0.0, double.NaN }, new int[] { 2 }, DType.Float32));

    [Fact]
    public void Vector_NegativeZero() =>
        Assert.Equal(
            "tensor([-0., 0.])",
            Repr(new double[] { -0.0, 0.0 }, new int[] { 2 }, DType.Float32));

    [Fact]
    public void Vector_SciSmallMin() =>
        Assert.Equal(
            "tensor([1.0000e-05, 1.0000e+03])",
            Repr(new double[] { 1e-05, 1000.0 }, new int[] { 2 }, DType.Float32));

    [Fact]
    public void Vector_SciWithInf() =>
        Assert.Equal(
            "tensor([1.0000e-05, 1.0000e+03,        inf])",
            Repr(new double[] { 1e-05, 1000.0, double.PositiveInfinity }, new int[] { 3 }, DType.Float32));

    [Fact]
    public void Vector_SciRatio() =>
        Assert.Equal(
            "tensor([ 5.0000e-01,  2.0005e+03, -3.2500e+00])",
            Repr(new double[] { 0.5, 2000.5, -3.25 }, new int[] { 3 }, DType.Float32));

    [Fact]
    public void Vector_IntModeSciAbove1e8() =>
        Assert.Equal(
            "tensor([1.0000e+10, 1.0000e+00])",
            Repr(new double[] { 10000000000.0, 1.0 }, new int[] { 2 }, DType.Float32));

    [Fact]
    public void Vector_Int64() =>
        Assert.Equal(
            "tensor([  1, -20, 300])",
            Repr(new double[] { 1, -20, 300 }, new int[] { 3 }, DType.Int64));

    [Fact]
    public void Vector_Bool() =>
        Assert.Equal(
            "tensor([ True, False])",
            Repr(new double[] { 1, 0 }, new int[] { 2 }, DType.Bool));

    [Fact]
    public void Vector_Subnormal() =>
        Assert.Equal(
            "tensor([4.9407e-324,  1.0000e+00], dtype=torch.float64)",
            Repr(new double[] { 5e-324, 1.0 }, new int[] { 2 }, DType.Float64));

    [Fact]
    public void Vector_HugeExponent() =>
        Assert.Equal(
            "tensor([1.0000e+100, 1.0000e-100], dtype=torch.float64)",
            Repr(new double[] { 1e+100, 1e-100 }, new int[] { 2 }, DType.Float64));

    [Fact]
    public void Vector_WrapsAt80Columns() =>
        Assert.Equal(
            "tensor([0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429,\n        1.2857, 1.4286, 1.5714, 1.7143, 1.8571, 2.0000, 2.1429, 2.2857, 2.4286,\n        2.5714, 2.7143, 2.8571, 3.0000, 3.1429, 3.2857, 3.4286, 3.5714, 3.7143,\n        3.8571, 4.0000, 4.1429])",
            Repr(Seq(30, i => i / 7.0), new int[] { 30 }, DType.Float32));

    [Fact]
    public void Vector_Int64Wraps() =>
        Assert.Equal(
            "tensor([   0,   97,  194,  291,  388,  485,  582,  679,  776,  873,  970, 1067,\n        1164, 1261, 1358, 1455, 1552, 1649, 1746, 1843, 1940, 2037, 2134, 2231,\n        2328, 2425, 2522, 2619, 2716, 2813, 2910])",
            Repr(Seq(31, i => i * 97), new int[] { 31 }, DType.Int64));

    [Fact]
    public void Matrix_IntModeColumn() =>
        Assert.Equal(
            "tensor([[ 0.],\n        [ 4.],\n        [ 8.],\n        [12.]])",
            Repr(Seq(4, i => 4 * i), new int[] { 4, 1 }, DType.Float32));

    [Fact]
    public void Matrix_Float64() =>
        Assert.Equal(
            "tensor([[ 1.5000e+00, -2.2500e+00,  3.0000e+00],\n        [ 1.0000e-03,  1.0000e+01,  1.0000e+02]], dtype=torch.float64)",
            Repr(new double[] { 1.5, -2.25, 3.0, 0.001, 10.0, 100.0 }, new int[] { 2, 3 }, DType.Float64));

    [Fact]
    public void Matrix_RowsWrap() =>
        Assert.Equal(
            "tensor([[ 0.0000,  0.3333,  0.6667,  1.0000,  1.3333,  1.6667,  2.0000,  2.3333,\n          2.6667,  3.0000,  3.3333,  3.6667,  4.0000,  4.3333,  4.6667,  5.0000,\n          5.3333,  5.6667,  6.0000,  6.3333],\n        [ 6.6667,  7.0000,  7.3333,  7.6667,  8.0000,  8.3333,  8.6667,  9.0000,\n          9.3333,  9.6667, 10.0000, 10.3333, 10.6667, 11.0000, 11.3333, 11.6667,\n         12.0000, 12.3333, 12.6667, 13.0000]])",
            Repr(Seq(40, i => i / 3.0), new int[] { 2, 20 }, DType.Float32));

    [Fact]
    public void Matrix_Bool() =>
        Assert.Equal(
            "tensor([[ True, False,  True],\n        [False, False,  True]])",
            Repr(new double[] { 1.0, 0.0, 1.0, 0.0, 0.0, 1.0 }, new int[] { 2, 3 }, DType.Bool));

    [Fact]
    public void Tensor3D_BlankLineBetweenBlocks() =>
        Assert.Equal(
            "tensor([[[ 0.,  1.,  2.,  3.],\n         [ 4.,  5.,  6.,  7.],\n         [ 8.,  9., 10., 11.]],\n\n        [[12., 13., 14., 15.],\n         [16., 17., 18., 19.],\n         [20., 21., 22., 23.]]])",
            Repr(Seq(24, i => i), new int[] { 2, 3, 4 }, DType.Float32));

    [Fact]
    public void Tensor4D_Int64() =>
        Assert.Equal(
            "tensor([[[[ 0,  1,  2,  3],\n          [ 4,  5,  6,  7],\n          [ 8,  9, 10, 11]]],\n\n\n        [[[12, 13, 14, 15],\n          [16, 17, 18, 19],\n          [20, 21, 22, 23]]]])",
            Repr(Seq(24, i => i), new int[] { 2, 1, 3, 4 }, DType.Int64));

    [Fact]
    public void Summarized_Vector() =>
        Assert.Equal(
            "tensor([   0.,    1.,    2.,  ...,  998.,  999., 1000.])",
            Repr(Seq(1001, i => i), new int[] { 1001 }, DType.Float32));

    [Fact]
    public void NotSummarized_AtThreshold() =>
        Assert.Equal(
            "tensor([  0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,  12,  13,\n         14,  15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,\n         28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,  39,  40,  41,\n         42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,  53,  54,  55,\n         56,  57,  58,  59,  60,  61,  62,  63,  64,  65,  66,  67,  68,  69,\n         70,  71,  72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83,\n         84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,  95,  96,  97,\n         98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,\n        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,\n        126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139,\n        140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153,\n        154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167,\n        168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181,\n        182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195,\n        196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209,\n        210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,\n        224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237,\n        238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251,\n        252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265,\n        266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279,\n        280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293,\n        294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307,\n        308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321,\n        322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335,\n        336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349,\n        350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363,\n        364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377,\n        378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391,\n        392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405,\n        406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419,\n        420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433,\n        434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447,\n        448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461,\n        462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475,\n        476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489,\n        490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503,\n        504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517,\n        518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531,\n        532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545,\n        546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559,\n        560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573,\n        574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587,\n        588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601,\n        602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615,\n        616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629,\n        630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643,\n        644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657,\n        658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671,\n        672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685,\n        686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699,\n        700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713,\n        714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727,\n        728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741,\n        742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755,\n        756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769,\n        770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783,\n        784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797,\n        798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811,\n        812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825,\n        826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839,\n        840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853,\n        854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867,\n        868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881,\n        882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895,\n        896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909,\n        910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923,\n        924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937,\n        938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951,\n        952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965,\n        966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979,\n        980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993,\n        994, 995, 996, 997, 998, 999])",
            Repr(Seq(1000, i => i), new int[] { 1000 }, DType.Int64));

    [Fact]
    public void Summarized_MatrixColumns() =>
        Assert.Equal(
            "tensor([[   0,    1,    2,  ...,  997,  998,  999],\n        [1000, 1001, 1002,  ..., 1997, 1998, 1999]])",
            Repr(Seq(2000, i => i), new int[] { 2, 1000 }, DType.Int64));

    [Fact]
    public void Summarized_MatrixRows() =>
        Assert.Equal(
            "tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00],\n        [3.0000e+00, 4.0000e+00, 5.0000e+00],\n        [6.0000e+00, 7.0000e+00, 8.0000e+00],\n        ...,\n        [2.9910e+03, 2.9920e+03, 2.9930e+03],\n        [2.9940e+03, 2.9950e+03, 2.9960e+03],\n        [2.9970e+03, 2.9980e+03, 2.9990e+03]])",
            Repr(Seq(3000, i => i), new int[] { 1000, 3 }, DType.Float32));

    [Fact]
    public void Summarized_3D() =>
        Assert.Equal(
            "tensor([[[0.0000e+00, 1.0000e-03, 2.0000e-03,  ..., 9.7000e-02,\n          9.8000e-02, 9.9000e-02],\n         [1.0000e-01, 1.0100e-01, 1.0200e-01,  ..., 1.9700e-01,\n          1.9800e-01, 1.9900e-01],\n         [2.0000e-01, 2.0100e-01, 2.0200e-01,  ..., 2.9700e-01,\n          2.9800e-01, 2.9900e-01],\n         [3.0000e-01, 3.0100e-01, 3.0200e-01,  ..., 3.9700e-01,\n          3.9800e-01, 3.9900e-01],\n         [4.0000e-01, 4.0100e-01, 4.0200e-01,  ..., 4.9700e-01,\n          4.9800e-01, 4.9900e-01]],\n\n        [[5.0000e-01, 5.0100e-01, 5.0200e-01,  ..., 5.9700e-01,\n          5.9800e-01, 5.9900e-01],\n         [6.0000e-01, 6.0100e-01, 6.0200e-01,  ..., 6.9700e-01,\n          6.9800e-01, 6.9900e-01],\n         [7.0000e-01, 7.0100e-01, 7.0200e-01,  ..., 7.9700e-01,\n          7.9800e-01, 7.9900e-01],\n         [8.0000e-01, 8.0100e-01, 8.0200e-01,  ..., 8.9700e-01,\n          8.9800e-01, 8.9900e-01],\n         [9.0000e-01, 9.0100e-01, 9.0200e-01,  ..., 9.9700e-01,\n          9.9800e-01, 9.9900e-01]],\n\n        [[1.0000e+00, 1.0010e+00, 1.0020e+00,  ..., 1.0970e+00,\n          1.0980e+00, 1.0990e+00],\n         [1.1000e+00, 1.1010e+00, 1.1020e+00,  ..., 1.1970e+00,\n          1.1980e+00, 1.1990e+00],\n         [1.2000e+00, 1.2010e+00, 1.2020e+00,  ..., 1.2970e+00,\n          1.2980e+00, 1.2990e+00],\n         [1.3000e+00, 1.3010e+00, 1.3020e+00,  ..., 1.3970e+00,\n          1.3980e+00, 1.3990e+00],\n         [1.4000e+00, 1.4010e+00, 1.4020e+00,  ..., 1.4970e+00,\n          1.4980e+00, 1.4990e+00]],\n\n        ...,\n\n        [[3.5000e+00, 3.5010e+00, 3.5020e+00,  ..., 3.5970e+00,\n          3.5980e+00, 3.5990e+00],\n         [3.6000e+00, 3.6010e+00, 3.6020e+00,  ..., 3.6970e+00,\n          3.6980e+00, 3.6990e+00],\n         [3.7000e+00, 3.7010e+00, 3.7020e+00,  ..., 3.7970e+00,\n          3.7980e+00, 3.7990e+00],\n         [3.8000e+00, 3.8010e+00, 3.8020e+00,  ..., 3.8970e+00,\n          3.8980e+00, 3.8990e+00],\n         [3.9000e+00, 3.9010e+00, 3.9020e+00,  ..., 3.9970e+00,\n          3.9980e+00, 3.9990e+00]],\n\n        [[4.0000e+00, 4.0010e+00, 4.0020e+00,  ..., 4.0970e+00,\n          4.0980e+00, 4.0990e+00],\n         [4.1000e+00, 4.1010e+00, 4.1020e+00,  ..., 4.1970e+00,\n          4.1980e+00, 4.1990e+00],\n         [4.2000e+00, 4.2010e+00, 4.2020e+00,  ..., 4.2970e+00,\n          4.2980e+00, 4.2990e+00],\n         [4.3000e+00, 4.3010e+00, 4.3020e+00,  ..., 4.3970e+00,\n          4.3980e+00, 4.3990e+00],\n         [4.4000e+00, 4.4010e+00, 4.4020e+00,  ..., 4.4970e+00,\n          4.4980e+00, 4.4990e+00]],\n\n        [[4.5000e+00, 4.5010e+00, 4.5020e+00,  ..., 4.5970e+00,\n          4.5980e+00, 4.5990e+00],\n         [4.6000e+00, 4.6010e+00, 4.6020e+00,  ..., 4.6970e+00,\n          4.6980e+00, 4.6990e+00],\n         [4.7000e+00, 4.7010e+00, 4.7020e+00,  ..., 4.7970e+00,\n          4.7980e+00, 4.7990e+00],\n         [4.8000e+00, 4.8010e+00, 4.8020e+00,  ..., 4.8970e+00,\n          4.8980e+00, 4.8990e+00],\n         [4.9000e+00, 4.9010e+00, 4.9020e+00,  ..., 4.9970e+00,\n          4.9980e+00, 4.9990e+00]]], dtype=torch.float64)",
            Repr(Seq(5000, i => i * 0.001), new int[] { 10, 5, 100 }, DType.Float64));

    [Fact]
    public void Summarized_Scientific() =>
        Assert.Equal(
            "tensor([1.0000e-05, 2.0000e-05, 3.0000e-05,  ..., 1.9980e-02, 1.9990e-02,\n        2.0000e-02], dtype=torch.float64)",
            Repr(Seq(2000, i => (i + 1) * 1e-05), new int[] { 2000 }, DType.Float64));

    [Fact]
    public void Summarized_ModeAndWidthFromShownItemsOnly() =>
        Assert.Equal(
            "tensor([ 1.,  2.,  3.,  ...,  8.,  9., 10.])",
            Repr(Seq(1200, i => i == 600 ? 123456.5 : i % 10 + 1), new int[] { 1200 }, DType.Float32));

    [Fact]
    public void Empty_Float32() =>
        Assert.Equal(
            "tensor([])",
            Repr(Array.Empty<double>(), new int[] { 0 }, DType.Float32));

    [Fact]
    public void Empty_Int64ShowsDtype() =>
        Assert.Equal(
            "tensor([], dtype=torch.int64)",
            Repr(Array.Empty<double>(), new int[] { 0 }, DType.Int64));

    [Fact]
    public void Empty_Float64() =>
        Assert.Equal(
            "tensor([], dtype=torch.float64)",
            Repr(Array.Empty<double>(), new int[] { 0 }, DType.Float64));

    [Fact]
    public void Empty_2DShowsSize() =>
        Assert.Equal(
            "tensor([], size=(0, 3))",
            Repr(Array.Empty<double>(), new int[] { 0, 3 }, DType.Float32));

    [Fact]
    public void Empty_3DBoolShowsSizeAndDtype() =>
        Assert.Equal(
            "tensor([], size=(2, 0, 3), dtype=torch.bool)",
            Repr(Array.Empty<double>(), new int[] { 2, 0, 3 }, DType.Bool));

    [Fact]
    public void Empty_RequiresGrad() =>
        Assert.Equal(
            "tensor([], requires_grad=True)",
            Repr(Array.Empty<double>(), new int[] { 0 }, DType.Float32, "requires_grad=True"));

    [Fact]
    public void Suffix_AfterDtype() =>
        Assert.Equal(
            "tensor([2., 4.], dtype=torch.float64, grad_fn=<MulBackward0>)",
            Repr(new double[] { 2, 4 }, new int[] { 2 }, DType.Float64, "grad_fn=<MulBackward0>"));

    [Fact]
    public void Suffix_WrapsToNewLine() =>
        Assert.Equal(
            "tensor([0.0000, 0.3333, 0.6667, 1.0000, 1.3333, 1.6667, 2.0000, 2.3333],\n       grad_fn=<DivBackward0>)",
            Repr(Seq(8, i => i / 3.0), new int[] { 8 }, DType.Float32, "grad_fn=<DivBackward0>"));

    [Fact]
    public void Suffix_AfterMultilineData() =>
        Assert.Equal(
            "tensor([[1., 1.],\n        [1., 1.]], grad_fn=<MulBackward0>)",
            Repr(Seq(4, i => 1), new int[] { 2, 2 }, DType.Float32, "grad_fn=<MulBackward0>"));
}

/// <summary>int64 tensors print every digit, beyond the 53 bits a double holds.</summary>
public class Int64PrintTests
{
    [Fact]
    public void LargeInt64PrintsExactly()
    {
        using var t = Tensor.FromArray([(1L << 53) + 1, 3, long.MinValue, long.MaxValue, -(1L << 62) - 3], 5);
        Assert.Equal("tensor([    9007199254740993,                    3, -9223372036854775808,\n"
                     + "         9223372036854775807, -4611686018427387907])", t.ToString());
        using var s = Tensor.FromArray([(1L << 60) + 7], 1);
        Assert.Equal("tensor([1152921504606846983])", s.ToString());
    }
}
