using System.Runtime.InteropServices;

namespace MovieRecommender.Core.IO;

/// <summary>
/// A large scratch array outside the managed heap. Building the serving indexes of a million films needs a few
/// hundred megabytes for a second; a managed array that size stays resident after it is garbage (the collector keeps
/// the memory for later), while this goes back to the operating system on <see cref="Dispose"/>.
/// </summary>
internal sealed unsafe class NativeBuffer<T> : IDisposable
    where T : unmanaged
{
    private readonly int _length;
    private T* _items;

    public NativeBuffer(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _length = length;
        _items = (T*)NativeMemory.Alloc((nuint)Math.Max(length, 1), (nuint)sizeof(T));
    }

    ~NativeBuffer() => Free();

    /// <summary>The whole buffer, uninitialised until written.</summary>
    public Span<T> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_items == null, this);
            return new Span<T>(_items, _length);
        }
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        NativeMemory.Free(_items);
        _items = null;
    }
}
