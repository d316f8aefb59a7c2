import HTTPTypes
import Hummingbird
import NIOCore

/// Building responses: text or bytes with a content type.
enum Responses {
    /// A response with `text` as its UTF-8 body.
    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = contentType.contains("charset") || !contentType.hasPrefix("text/") && !contentType.hasSuffix("json")
            ? contentType : contentType + "; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A response with `bytes` as its body.
    static func bytes(_ bytes: [UInt8], contentType: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// JSON, as the CLI prints it (with its final line break).
    static func json(_ text: String, headers: HTTPFields = [:]) -> Response {
        Responses.text(text.hasSuffix("\n") ? text : text + "\n", contentType: "application/json", headers: headers)
    }

    /// HTML.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Responses.text(text, contentType: "text/html", status: status)
    }
}
