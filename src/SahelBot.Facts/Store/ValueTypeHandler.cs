using System.Data;
using Dapper;

namespace SahelBot.Facts;

/// <summary>
/// Base for the explicit handlers. Dapper hands a handler DBNull when the target is a nullable scalar
/// (QuerySingle&lt;DateOnly?&gt;), which SqlMapper.TypeHandler&lt;T&gt; cannot return; this base maps it to null.
/// </summary>
internal abstract class ValueTypeHandler<T> : SqlMapper.ITypeHandler
{
    protected abstract DbType DbType { get; }

    public void SetValue(IDbDataParameter parameter, object value)
    {
        if (value is null or DBNull)
        {
            parameter.Value = DBNull.Value;
            return;
        }

        parameter.DbType = DbType;
        parameter.Value = ToDatabase((T)value);
    }

    public object? Parse(Type destinationType, object value) => value is null or DBNull ? null : FromDatabase(value);

    protected abstract object ToDatabase(T value);

    protected abstract T FromDatabase(object value);
}
